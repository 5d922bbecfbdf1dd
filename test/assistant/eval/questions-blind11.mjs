// Eleventh held-out set ("blind11"): written 2026-12-04 by a helper session that read only products.mjs,
// docs/commerce.md, check-set.mjs and the format header (first 45 lines) of questions-blind8.mjs — not the answerer,
// its lexicons or phrases, docs/assistant.md, or any other question set; committed before its first run; never used
// to tune.
// The set maps each of the ten locales to its questions (check-set.mjs reads the locale from the key). Each entry is
// [productId, question, expectedSource, expectedValue] or [productId, question, null] (must be declined). A value may
// be a list of alternatives (any one counts): free text shows in whichever of the data's languages is closest to the
// shopper's, a country code is shown by its name in the shopper's language (every list below carries the name in all
// ten languages, plus a few common short forms), numbers may be grouped the shopper's way (12,800 / 12.800 / 12 800)
// and sizes and weights may be shown in the shopper's units (so an imperial figure is listed next to the metric one,
// with either decimal mark).
// The questions are written the way shoppers of different ages and backgrounds type on a phone: about half in plain,
// standard phrasing, the rest casual (typos, missing accents, abbreviations, regional words such as "cascos", "zapas",
// "trainers", "fone", "檯燈", "اباجورة"), short and long, single questions and double ones (a double question is
// labelled with the field both halves share, or with its first half when they differ).
// A third are unanswerable: neighbours of fields that exist (shipping cost, sheerness, shrinking, creasing, fit and
// width, skin type, pregnancy, vegan / halal, battery, charging, codecs, microphone, water resistance, folding,
// dimming, bulb wattage, colour temperature, voltage and plug, cord length, assembly, capacity, lid, lead, oven use,
// warranty where the product has none, returns for the mug, which has none…), deals, coupons, subscriptions and
// payment methods or instalments, and a few off-topic. Delivery to a country the data does not list is answerable
// ("no", and where it does ship), labelled with `shipping.countries` and the listed countries' names. Stock and
// per-variant price questions name `variants`; return questions name `returns` (its window in days).
// `node test/assistant/eval/check-set.mjs questions-blind11.mjs BLIND11` checks the labels against the data.
const S = 'linen-shirt', R = 'rose-serum', H = 'anc-headphones', L = 'oak-lamp', K = 'trail-sneaker', M = 'ceramic-mug';

// Country names in the ten languages (en, zh-CN, zh-TW, es, fr, de, ja, ko, pt-BR, ar) and a few common variants.
const PT_ = ['Portugal', '葡萄牙', 'ポルトガル', '포르투갈', 'البرتغال'];
const KR_ = ['South Korea', 'Korea', '韩国', '南韓', '韓國', 'Corea del Sur', 'Corée du Sud', 'Südkorea', '韓国', '대한민국', '한국', 'Coreia do Sul', 'كوريا الجنوبية', 'كوريا'];
const CN_ = ['China', '中国', '中國', 'Chine', '중국', 'الصين'];
const DK_ = ['Denmark', '丹麦', '丹麥', 'Dinamarca', 'Danemark', 'Dänemark', 'デンマーク', '덴마크', 'الدانمرك', 'الدنمارك'];
const VN_ = ['Vietnam', 'Viet Nam', '越南', 'Việt Nam', 'ベトナム', '베트남', 'Vietnã', 'فيتنام'];
const JP_ = ['Japan', '日本', 'Japón', 'Japon', '일본', 'Japão', 'اليابان'];
const US_ = ['United States', '美国', '美國', 'Estados Unidos', 'EE. UU.', 'EUA', 'États-Unis', 'Vereinigte Staaten', 'アメリカ合衆国', 'アメリカ', '米国', '미국', 'الولايات المتحدة', 'أمريكا'];
const CA_ = ['Canada', '加拿大', 'Canadá', 'Kanada', 'カナダ', '캐나다', 'كندا'];
const GB_ = ['United Kingdom', '英国', '英國', 'Reino Unido', 'Royaume-Uni', 'Vereinigtes Königreich', 'Großbritannien', 'イギリス', '영국', 'المملكة المتحدة', 'بريطانيا'];
const DE_ = ['Germany', '德国', '德國', 'Alemania', 'Allemagne', 'Deutschland', 'ドイツ', '독일', 'Alemanha', 'ألمانيا'];
const FR_ = ['France', '法国', '法國', 'Francia', 'Frankreich', 'フランス', '프랑스', 'França', 'فرنسا'];
const ES_ = ['Spain', '西班牙', 'España', 'Espagne', 'Spanien', 'スペイン', '스페인', 'Espanha', 'إسبانيا'];
const AU_ = ['Australia', '澳大利亚', '澳大利亞', '澳洲', 'Australie', 'Australien', 'オーストラリア', '오스트레일리아', '호주', 'Austrália', 'أستراليا'];
const TW_ = ['Taiwan', '台湾', '台灣', '臺灣', 'Taiwán', 'Taïwan', '대만', 'تايوان'];
const SE_ = ['Sweden', '瑞典', 'Suecia', 'Suède', 'Schweden', 'スウェーデン', '스웨덴', 'Suécia', 'السويد'];
const NO_ = ['Norway', '挪威', 'Noruega', 'Norvège', 'Norwegen', 'ノルウェー', '노르웨이', 'النرويج'];
const NL_ = ['Netherlands', '荷兰', '荷蘭', 'Países Bajos', 'Pays-Bas', 'Niederlande', 'オランダ', '네덜란드', 'Países Baixos', 'هولندا', 'Holanda'];
const SA_ = ['Saudi Arabia', '沙特阿拉伯', '沙特', '沙烏地阿拉伯', 'Arabia Saudí', 'Arabia Saudita', 'Arabie saoudite', 'Saudi-Arabien', 'サウジアラビア', '사우디아라비아', 'Arábia Saudita', 'المملكة العربية السعودية', 'السعودية'];
const AE_ = ['United Arab Emirates', '阿拉伯联合酋长国', '阿联酋', '阿拉伯聯合大公國', '阿聯酋', 'Emiratos Árabes Unidos', 'Émirats arabes unis', 'Vereinigte Arabische Emirate', 'アラブ首長国連邦', '아랍에미리트', 'Emirados Árabes Unidos', 'الإمارات العربية المتحدة', 'الإمارات'];

// Where each product ships (for "no, but it ships to …").
const SHIRT_SHIPS = [...US_, ...CA_, ...GB_, ...DE_, ...FR_, ...ES_, ...JP_];
const SERUM_SHIPS = [...KR_, ...JP_, ...US_, ...CN_, ...TW_];
const HEADPHONE_SHIPS = [...US_, ...CA_, ...GB_, ...DE_, ...FR_, ...AU_];
const LAMP_SHIPS = [...DK_, ...DE_, ...SE_, ...NO_, ...FR_, ...NL_];

// Free text and figures.
const SHIRT_FABRIC = ['linen', 'lino', 'lin', 'リネン', '亚麻', '亞麻'];
const SHIRT_WASH = ['line dry', 'cold', 'gentle', 'iron'];
const MODEL_WEARS = ['M', '180', "5'11", '5′11'];
const SHIRT_DAYS = ['5', '9'];
const SERUM_LIST = ['rosehip', 'hyaluronate', 'tocopherol'];
const SERUM_HYALURONIC = ['hyaluronate', 'hyaluron'];
const SERUM_VITAMIN_E = ['tocopherol', 'vitamin e'];
const SERUM_STORAGE = ['25', '77', 'sunlight'];
const SERUM_AFTER_OPENING = ['6 month', '6 mes', '6 mois', '6 Monat', '6か月', '6ヶ月', '6个月', '6個月', '6개월', '6 أشهر'];
const SERUM_GRAMS = ['30', '1.1', '1,1', '1.06', '1,06'];
const SERUM_DAYS = ['7', '14'];
const HEADPHONE_WARRANTY = ['2-year', '2 year', '2 Jahre', '2年'];
const HEADPHONE_BOX = ['case', 'USB-C', '3.5', '3,5'];
const HEADPHONE_FIRMWARE = ['multipoint', '1.1'];
const HEADPHONE_GRAMS = ['250', '8.8', '8,8'];
const HEADPHONE_SIZE = ['18', '20', '7.1', '7,1', '7.9', '7,9'];
const IN_FLIGHT = ['3.5', '3,5', 'in-flight', 'plane'];
const LAMP_MADE_OF = ['oak', 'linen'];
const LAMP_CLEANING = ['dry cloth', 'water', 'polish'];
const LAMP_BULB = ['E27', 'bulb', 'LED'];
const LAMP_GUARANTEE = ['1-year', '1 year', 'electrical'];
const LAMP_KG = ['2.4', '2,4', '5.3', '5,3'];
const LAMP_TALL = ['45', '17.7', '17,7'];
const LAMP_SIZE = ['45', '25', '17.7', '17,7', '9.8', '9,8'];
const LAMP_DAYS = ['3', '6'];
const SNEAKER_UPPER = ['recycled', 'mesh', 'rubber', 'リサイクル', 'メッシュ', 'ゴム'];
const SNEAKER_WASH = ['hand wash', 'mild soap', 'machine wash', '手洗い', '中性洗剤', '洗濯機'];
const SNEAKER_LACES = ['laces', 'slippery', '靴ひも', '滑り'];
const SNEAKER_GRAMS = ['310', '10.9', '10,9'];
const SNEAKER_DAYS = ['4', '8'];
const YEN_12800 = ['12800', '12,800', '12.800', '12 800'];
const MUG_CLAY = ['stoneware', 'glaze', '炻器', '釉'];
const MUG_DISHWASHER = ['dishwasher', 'microwave'];
const MUG_BY_HAND = ['Mino', '美濃', 'by hand', '手作り'];
const MUG_WARM = ['20'];
const MUG_GRAMS = ['350', '12.3', '12,3'];
const MUG_SIZE = ['9', '10', '3.5', '3,5', '3.9', '3,9'];

export const BLIND11 = {
  en: [
    [S, 'Is this shirt pure linen or is it mixed with cotton?', 'material', SHIRT_FABRIC],
    [S, 'what size is the guy in the pic wearing? he looks tall', 'sizeChart.model', MODEL_WEARS],
    [S, 'do u ship to canada', 'shipping.countries', CA_],
    [S, 'Is the white one see-through? I dont want my undershirt showing', null],
    [R, 'how long is it good for once I open it', 'care', SERUM_AFTER_OPENING],
    [R, 'What does the bigger 50ml bottle cost?', 'variants', ['36']],
    [R, 'is it ok for oily acne prone skin', null],
    [H, 'battery life with noise cancelling on?', null],
    [H, 'What exactly comes in the box with the headphones?', 'inTheBox', HEADPHONE_BOX],
    [H, 'Does multipoint work? I want to pair my laptop and my phone at the same time without switching every time', 'knownIssues', HEADPHONE_FIRMWARE],
    [H, 'how heavy r they', 'weight', HEADPHONE_GRAMS],
    [L, 'Can the lamp be dimmed?', null],
    [L, 'how tall is the oak lamp in inches', 'dimensions', LAMP_TALL],
    [L, "Can I send it back if it doesn't suit my living room? How many days do I have?", 'returns', ['14']],
    [K, 'are the laces any good in the rain', 'knownIssues', SNEAKER_LACES],
    [K, 'can i chuck these trainers in the washing machine', 'care', SNEAKER_WASH],
    [K, 'any promo code for a first order??', null],
    [M, 'Does this mug keep my tea hot for a while?', 'faq[0]', MUG_WARM],
    [M, 'whats the capacity in oz', null],
    [M, 'Can I pay with Afterpay or split it into 4 payments?', null],
  ],
  'zh-CN': [
    [S, '这件衬衫是哪里生产的？', 'origin', PT_],
    [S, '沙色的L码还有货吗', 'variants', ['Sand', 'L']],
    [S, '运费多少 包邮不', null],
    [R, '这个精华的成分都有哪些？', 'material', SERUM_LIST],
    [R, '孕妇能用吗', null],
    [R, '寄到中国大概要几天', 'shipping.days', SERUM_DAYS],
    [H, '耳机是哪国产的？从哪里发货？', 'origin', CN_],
    [H, '支持LDAC吗', null],
    [H, '耳机保修多久', 'warranty', HEADPHONE_WARRANTY],
    [H, '银色的还有吗 想要银色', 'variants', ['Silver']],
    [L, '这个台灯有多重？', 'weight', LAMP_KG],
    [L, '灯泡是E27的吗？送灯泡不', 'inTheBox', LAMP_BULB],
    [L, '插头是欧标的吧，我在国内用的是220V，买回来要不要转换插头，会不会烧坏', null],
    [K, '这双鞋是什么材料做的', 'material', SNEAKER_UPPER],
    [K, '能寄到台湾吗？', 'shipping.countries', TW_],
    [K, '有没有优惠券或者满减活动啊', null],
    [M, '杯子能放洗碗机吗', 'care', MUG_DISHWASHER],
    [M, '这个杯子是纯手工做的吗？', 'faq[1]', MUG_BY_HAND],
    [M, '杯子收到不喜欢能退吗', null],
    [M, '能用花呗分期付款吗', null],
  ],
  'zh-TW': [
    [S, '這件襯衫要怎麼洗？可以烘乾嗎？', 'care', SHIRT_WASH],
    [S, '模特兒多高、穿哪個尺寸', 'sizeChart.model', MODEL_WEARS],
    [S, '洗了會不會縮水啊', null],
    [R, '精華液可以寄到台灣嗎', 'shipping.countries', TW_],
    [R, '30ml 多少錢', 'variants', ['24']],
    [R, '需要放冰箱嗎？平常要怎麼保存？', 'care', SERUM_STORAGE],
    [H, '耳機尺寸多大', 'dimensions', HEADPHONE_SIZE],
    [H, '搭飛機可以用嗎？', 'faq[0]', IN_FLIGHT],
    [H, '防水嗎 運動流汗會不會壞掉', null],
    [L, '這個檯燈是什麼材質？', 'material', LAMP_MADE_OF],
    [L, '檯燈保固多久', 'warranty', LAMP_GUARANTEE],
    [L, '燈可以調光嗎 有幾段亮度', null],
    [K, '鞋子是哪裡製造的？', 'origin', VN_],
    [K, '42號還有貨嗎', 'variants', ['42']],
    [K, '如果不合腳可以退貨嗎？要在幾天內退？', 'returns', ['30']],
    [M, '杯子多重', 'weight', MUG_GRAMS],
    [M, '馬克杯的材質是什麼', 'material', MUG_CLAY],
    [M, '可以進烤箱嗎', null],
    [K, '今天直播有折扣碼嗎', null],
    [H, '可以用LINE Pay付款嗎？', null],
  ],
  es: [
    [S, '¿De qué tela es la camisa?', 'material', SHIRT_FABRIC],
    [S, 'envian a españa? cuanto tarda en llegar', 'shipping.countries', ES_],
    [S, '¿Queda la XL en color arena?', 'variants', ['XL', 'Sand']],
    [S, 'se arruga mucho el lino o no?', null],
    [R, '¿El sérum sirve para piel sensible o con rosácea?', null],
    [R, 'De dónde es el serum? es coreano?', 'origin', KR_],
    [R, 'cuanto pesa el frasco', 'weight', SERUM_GRAMS],
    [H, '¿Los auriculares traen estuche para guardarlos?', 'inTheBox', HEADPHONE_BOX],
    [H, 'hacen envio a Mexico??', 'shipping.countries', HEADPHONE_SHIPS],
    [H, '¿Cuántas horas dura la batería con una carga?', null],
    [H, 'q precio tienen los cascos', 'price', ['199']],
    [L, '¿Cuánto mide la lámpara de alto y de ancho?', 'dimensions', LAMP_SIZE],
    [L, 'La lampara la envian a Suecia? y desde donde sale', 'shipping.countries', SE_],
    [L, 'que potencia tiene la bombilla, cuantos vatios', null],
    [K, '¿Las zapatillas están hechas con material reciclado?', 'material', SNEAKER_UPPER],
    [K, 'cuanto cuestan las zapas', 'price', YEN_12800],
    [K, 'sirven para correr un maratón por montaña?', null],
    [M, '¿La taza se puede meter al microondas?', 'care', MUG_DISHWASHER],
    [M, 'Hay algún descuento si compro dos tazas?', null],
    [M, 'puedo pagar con Bizum o a plazos', null],
  ],
  fr: [
    [S, 'La chemise est fabriquée où ?', 'origin', PT_],
    [S, "retours gratuits ? j'ai combien de temps pour renvoyer", 'returns', ['30']],
    [S, 'elle taille grand ou petit ?', null],
    [S, 'Livraison en France possible ? Et en combien de jours ?', 'shipping.countries', FR_],
    [R, 'Il y a de la vitamine E dedans ?', 'material', SERUM_VITAMIN_E],
    [R, 'le serum est vegan et pas teste sur les animaux ?', null],
    [R, 'Vous livrez au Canada ? Je suis à Montréal.', 'shipping.countries', SERUM_SHIPS],
    [H, 'le casque est garanti combien de temps', 'warranty', HEADPHONE_WARRANTY],
    [H, 'Est-ce que le casque se plie pour le ranger dans un sac ?', null],
    [H, 'Il pèse combien ? je cherche un truc léger pour le train', 'weight', HEADPHONE_GRAMS],
    [H, "expédié d'où ? des États-Unis ?", 'shipping.from', US_],
    [L, 'comment on nettoie le pied en bois', 'care', LAMP_CLEANING],
    [L, 'Quelle est la longueur du câble ?', null],
    [L, 'y a une ampoule fournie avec ?', 'inTheBox', LAMP_BULB],
    [K, 'y a une garantie sur les baskets ?', null],
    [K, 'Le 44 en gris ardoise est dispo ?', 'variants', ['44', 'Slate']],
    [K, 'est ce quelles sont impermeables', null],
    [M, 'Le mug est fait main ?', 'faq[1]', MUG_BY_HAND],
    [M, 'Quelles sont les dimensions de la tasse ?', 'dimensions', MUG_SIZE],
    [M, 'Je peux payer en 3 fois sans frais ?', null],
  ],
  de: [
    [S, 'Aus welchem Stoff ist das Hemd?', 'material', SHIRT_FABRIC],
    [S, 'kann man das in den trockner tun', 'care', SHIRT_WASH],
    [S, 'Ich wohne in Österreich – liefert ihr das Hemd auch hierher oder nur nach Deutschland?', 'shipping.countries', SHIRT_SHIPS],
    [S, 'gibts nen Gutschein fürs erste mal bestellen', null],
    [R, 'Wie viel kostet das Serum mit 50 ml?', 'variants', ['36']],
    [R, 'Lieferung nach Deutschland moglich?', 'shipping.countries', SERUM_SHIPS],
    [H, 'Wie lange gilt die Garantie auf die Kopfhörer?', 'warranty', HEADPHONE_WARRANTY],
    [H, 'gibts bekannte probleme mit der firmware?', 'knownIssues', HEADPHONE_FIRMWARE],
    [H, 'Wie gut ist das Mikrofon beim Telefonieren?', null],
    [H, 'Wo werden die hergestellt?', 'origin', CN_],
    [L, 'Wie schwer ist die Lampe?', 'weight', LAMP_KG],
    [L, 'welche Farbtemperatur hat die Birne, warmweiß?', null],
    [L, 'Versand nach Dänemark und Norwegen?', 'shipping.countries', [...DK_, ...NO_]],
    [L, 'wie lange dauert der versand ungefähr', 'shipping.days', LAMP_DAYS],
    [K, 'Fallen die Schuhe eher schmal aus?', null],
    [K, 'Wie pflege ich die Schuhe am besten?', 'care', SNEAKER_WASH],
    [K, 'Kann man damit auch joggen gehen?', null],
    [M, 'Ist die Tasse bleifrei glasiert?', null],
    [M, 'Kann ich mit PayPal oder auf Rechnung zahlen?', null],
    [M, 'Liefert ihr die Tasse auch in die Emirate?', 'shipping.countries', AE_],
  ],
  ja: [
    [S, 'このシャツの素材は何ですか？', 'material', SHIRT_FABRIC],
    [S, '日本に届くまで何日くらいかかりますか', 'shipping.days', SHIRT_DAYS],
    [S, 'XLってまだ在庫ある？', 'variants', ['XL']],
    [S, '白って透けますか？インナーが見えないか心配です', null],
    [R, '定期便にすると安くなる？', null],
    [R, '開封したらどれくらいもつ？', 'care', SERUM_AFTER_OPENING],
    [R, '敏感肌でも使えますか', null],
    [H, 'ヘッドホンの保証期間はどのくらいですか', 'warranty', HEADPHONE_WARRANTY],
    [H, 'ノイキャンの強さどのくらい？', null],
    [H, '付属品なにがついてくる？', 'inTheBox', HEADPHONE_BOX],
    [L, 'ランプの高さは何センチですか', 'dimensions', LAMP_TALL],
    [L, '日本に発送できますか？', 'shipping.countries', LAMP_SHIPS],
    [L, '日本の100Vのコンセントでそのまま使える？', null],
    [K, 'スニーカーの値段いくら？', 'price', YEN_12800],
    [K, '雨の日に靴ひもが滑るって聞いたんですけど本当ですか', 'knownIssues', SNEAKER_LACES],
    [K, '洗濯機で洗っても大丈夫？', 'care', SNEAKER_WASH],
    [M, 'マグカップの色は何色がありますか', 'variants', ['Indigo', 'Ash']],
    [M, '容量は何mlですか', null],
    [M, 'PayPayで払えますか？あとクーポンある？', null],
    [M, 'ひとつひとつ手作りなの？', 'faq[1]', MUG_BY_HAND],
  ],
  ko: [
    [S, '셔츠 어디서 만든 거예요?', 'origin', PT_],
    [S, '한국으로 배송 되나요?', 'shipping.countries', SHIRT_SHIPS],
    [S, '반품 무료인가요', 'returns', ['30']],
    [R, '세럼 50ml 가격 얼마에요', 'variants', ['36']],
    [R, '성분 뭐뭐 들어가요? 히알루론산 있나요?', 'material', SERUM_HYALURONIC],
    [R, '어디서 발송돼요?', 'shipping.from', KR_],
    [R, '임산부도 써도 되나요', null],
    [H, '헤드폰 무게는 몇 그램인가요?', 'weight', HEADPHONE_GRAMS],
    [H, '블투 멀티포인트 되나요 폰이랑 노트북 동시에 쓰고 싶어서요', 'knownIssues', HEADPHONE_FIRMWARE],
    [H, '완충하는데 시간 얼마나 걸려요', null],
    [H, '호주로도 배송되나요?', 'shipping.countries', AU_],
    [L, '램프 반품 기간이 며칠인가요?', 'returns', ['14']],
    [L, '전구 몇 와트짜리예요', null],
    [L, '스탠드 가격 얼마', 'price', ['149']],
    [K, '신발 무게는요?', 'weight', SNEAKER_GRAMS],
    [K, '정사이즈인가요? 발볼이 넓은 편인데 한 치수 크게 사야 할까요', null],
    [K, '한국까지 배송 며칠 걸려요', 'shipping.days', SNEAKER_DAYS],
    [M, '머그컵 크기가 어떻게 되나요?', 'dimensions', MUG_SIZE],
    [M, '뚜껑도 같이 와요?', null],
    [M, '카카오페이 결제 되나요', null],
  ],
  'pt-BR': [
    [S, 'A camisa é de linho mesmo?', 'material', SHIRT_FABRIC],
    [S, 'entrega no brasil?', 'shipping.countries', SHIRT_SHIPS],
    [S, 'qual tamanho o modelo ta usando e qual a altura dele', 'sizeChart.model', MODEL_WEARS],
    [S, 'Quanto custa o frete?', null],
    [R, 'Como devo guardar o sérum depois de aberto?', 'care', SERUM_STORAGE],
    [R, 'serve pra pele oleosa?', null],
    [R, 'o serum vem de onde', 'origin', KR_],
    [H, 'O cancelamento de ruído é bom mesmo? tem app pra ajustar?', null],
    [H, 'qual o preço do fone', 'price', ['199']],
    [H, 'Posso devolver se não gostar? Em quantos dias?', 'returns', ['30']],
    [H, 'tem na cor prata?', 'variants', ['Silver']],
    [L, 'Qual é o material da luminária?', 'material', LAMP_MADE_OF],
    [L, 'a luminaria vem com lampada?', 'inTheBox', LAMP_BULB],
    [L, 'Funciona em 127V ou só 220V?', null],
    [K, 'o tenis é feito onde? vietna?', 'origin', VN_],
    [K, 'Tem algum problema conhecido com esse tênis?', 'knownIssues', SNEAKER_LACES],
    [K, 'Dá pra parcelar no cartão sem juros ou pagar no Pix?', null],
    [M, 'a caneca pode ir na lava-louças?', 'care', MUG_DISHWASHER],
    [M, 'Qual a capacidade da caneca em ml?', null],
    [M, 'tem cupom de desconto pra live de hoje', null],
  ],
  ar: [
    [S, 'ما هي خامة القميص؟', 'material', SHIRT_FABRIC],
    [S, 'هل يتوفر مقاس XL؟', 'variants', ['XL']],
    [S, 'هل يوجد ضمان على القميص', null],
    [R, 'كم سعر السيروم؟', 'price', ['24']],
    [R, 'هل السيروم حلال وخالي من الكحول؟', null],
    [R, 'توصلون السيروم للسعودية؟', 'shipping.countries', SERUM_SHIPS],
    [H, 'ماذا يوجد في العلبة مع السماعة؟', 'inTheBox', HEADPHONE_BOX],
    [H, 'هل السماعة مقاومة للماء والعرق', null],
    [H, 'من وين يتم شحن السماعات', 'shipping.from', US_],
    [H, 'ما هو اللون المتوفر حاليا من السماعة؟', 'variants', ['Black']],
    [L, 'كم وزن المصباح بالكيلو', 'weight', LAMP_KG],
    [L, 'كيف انظف الاباجورة', 'care', LAMP_CLEANING],
    [L, 'هل تحتاج الأباجورة تركيب أو تجي جاهزة؟', null],
    [K, 'الحذاء مصنوع من ايش', 'material', SNEAKER_UPPER],
    [K, 'هل يمكن إرجاع الحذاء؟ وخلال كم يوم؟', 'returns', ['30']],
    [M, 'هل يتم شحن الكوب إلى الإمارات؟ وكم يوم يستغرق التوصيل؟', 'shipping.countries', AE_],
    [M, 'كم وزن الكوب', 'weight', MUG_GRAMS],
    [M, 'هل الكوب يحافظ على حرارة القهوة؟', 'faq[0]', MUG_WARM],
    [M, 'هل يوجد الدفع عند الاستلام؟', null],
    [K, 'كيف الطقس في دبي اليوم', null],
  ],
};
