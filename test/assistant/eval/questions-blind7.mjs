// Seventh held-out set ("blind7"): written 2026-12-04 by a helper session that read only products.mjs,
// docs/commerce.md, check-set.mjs and the format header (first 40 lines) of questions-blind6.mjs (by a slip also its
// line 41, the end of the constant on line 40) — not the answerer, its lexicons or phrases, docs/assistant.md, or any
// other question set; committed before its first run; never used to tune.
// The set maps each of the ten locales to its questions (check-set.mjs reads the locale from the key). Each entry is
// [productId, question, expectedSource, expectedValue] or [productId, question, null] (must be declined). A value may
// be a list of alternatives (any one counts): free text shows in whichever of the data's languages is closest to the
// shopper's, a country code is shown by its name in the shopper's language, numbers may be grouped the shopper's way
// (12,800 / 12.800 / 12 800) and sizes and weights may be shown in the shopper's units (so an imperial figure is listed
// next to the metric one).
// A third are unanswerable: neighbours of fields that exist (shipping cost, fit, shrinking, creasing, battery, noise
// cancelling depth, codecs, water resistance, folding, plug type, voltage, wattage, colour temperature, cord length,
// capacity, lid, lead, oven use, skin type, pregnancy, vegan/cruelty-free, allergies, returns where the product has
// none…), deals and coupons, and a few off-topic. Delivery to a country the data does not list is answerable ("no",
// and where it does ship), labelled with `shipping.countries` and the listed countries' names. Stock questions name
// `variants` (their availability).
// `node test/assistant/eval/check-set.mjs questions-blind7.mjs BLIND7` checks the labels against the data.
const S = 'linen-shirt', R = 'rose-serum', H = 'anc-headphones', L = 'oak-lamp', K = 'trail-sneaker', M = 'ceramic-mug';
const LINEN = 'lin';
const SHIRT_CARE = ['cold', 'gentle', 'line dry', 'iron'];
const SHIRT_IRON = ['iron', 'damp'];
const SERUM_INGREDIENTS = ['rosehip', 'hyaluronate', 'tocopherol'];
const SERUM_STORE = ['25', '77', 'sunlight'];
const SERUM_OPENED = ['6 month', '6'];
const HEADPHONE_MATERIAL = ['aluminium', 'aluminum', 'protein leather'];
const WARRANTY_2Y = ['2-year', '2 jahre', '2年'];
const WARRANTY_1Y = ['1-year', '1 year', 'electrical'];
const MULTIPOINT = ['multipoint', '1.1'];
const BOX_HEADPHONES = ['case', 'usb-c', '3.5'];
const AUDIO_CABLE = ['3.5', '3,5', 'audio'];
const LAMP_BOX = ['e27', 'bulb', 'led'];
const LAMP_BOX_ALL = ['e27', 'bulb', 'cord', 'switch'];
const LAMP_CARE = ['dry cloth', 'water', 'polish'];
const SNEAKER_MATERIAL = ['mesh', 'rubber', 'メッシュ', 'ゴム'];
const SNEAKER_CARE = ['hand wash', '手洗い', 'machine'];
const SNEAKER_LACES = ['lace', 'slipp', '靴ひも', '滑り'];
const MUG_MATERIAL = ['stoneware', '炻器'];
const MUG_HANDMADE = ['mino', 'hand', '美濃', '手作り'];
const MUG_CARE = ['dishwasher', 'microwave'];
const YEN_12800 = ['12800', '12,800', '12.800', '12\u202f800', '12 800', '12\u00a0800'];
const YEN_3800 = ['3800', '3,800', '3.800', '3\u202f800', '3 800', '3\u00a0800'];
const KG_2_4 = ['2.4', '2,4', '5.3'];
const G_30 = ['30', '1.1', '1,1'];
const G_250 = ['250', '8.8', '8,8'];
const G_310 = ['310', '10.9', '10,9'];
const G_350 = ['350', '12.3', '12,3'];
const MODEL_180 = ['180', "5'11", '5′11', '5 ft 11', "5' 11"];
const HEADPHONE_SIZE = ['18', '20', '7.1', '7,1', '7.9', '7,9'];
const LAMP_HEIGHT = ['45', '17.7', '17,7'];
const LAMP_SIZE = ['25', '45', '9.8', '9,8', '17.7', '17,7'];
const MUG_HEIGHT = ['10', '3.9', '3,9'];
const PORTUGAL = ['portugal', '葡萄牙', 'ポルトガル', '포르투갈', 'البرتغال'];
const KOREA = ['korea', 'coree', 'corea', 'coreia', 'كوريا', '韓国', '대한민국', '한국', '韩国', '南韓', '韓國'];
const CHINA = ['china', 'chine', 'الصين', '中国', '중국', '中國'];
const JAPAN = ['japan', 'japon', 'japao', 'اليابان', '日本', '일본'];
const DENMARK = ['denmark', 'danemark', 'dänemark', 'dinamarca', 'الدانمرك', 'الدنمارك', 'デンマーク', '덴마크', '丹麦', '丹麥'];
const VIETNAM = ['vietnam', 'viet nam', 'vietna', 'فيتنام', 'ベトナム', '베트남', '越南'];
const SPAIN = ['spain', 'spanien', 'espagne', 'espana', 'espanha', 'إسبانيا', 'スペイン', '스페인', '西班牙'];
const UK = ['united kingdom', 'britain', 'royaume-uni', 'reino unido', 'vereinigtes königreich', 'イギリス', '영국', '英国', '英國', 'المملكة المتحدة'];
const SAUDI = ['saudi', 'saoudite', 'saudita', 'السعودية', 'サウジ', '사우디', '沙特', '沙烏地'];
// Where each product ships, by name in the ten locales (for "do you deliver to <a country not listed>?": no, and where).
const SHIRT_COUNTRIES = ['estados unidos', 'united states', 'canada', 'canadá', 'reino unido', 'united kingdom', 'alemanha',
  'germany', 'frança', 'france', 'espanha', 'spain', 'japão', 'japan'];
const SERUM_COUNTRIES = ['corée du sud', 'corée', 'south korea', 'korea', 'japon', 'japan', 'états-unis', 'united states',
  'chine', 'china', 'taïwan', 'taiwan'];
const HEADPHONE_COUNTRIES = ['united states', '美国', '美國', 'vereinigte staaten', 'アメリカ', 'canada', '加拿大', 'kanada',
  'カナダ', 'united kingdom', '英国', '英國', 'vereinigtes königreich', 'イギリス', 'germany', '德国', '德國', 'deutschland',
  'ドイツ', 'france', '法国', '法國', 'frankreich', 'フランス', 'australia', '澳大利亚', '澳洲', 'australien', 'オーストラリア'];
const LAMP_COUNTRIES = ['dinamarca', 'denmark', 'alemania', 'germany', 'suecia', 'sweden', 'noruega', 'norway', 'francia',
  'france', 'países bajos', 'holanda', 'netherlands'];
const SNEAKER_COUNTRIES = ['japan', 'südkorea', 'korea', 'south korea', 'china', 'taiwan', 'vereinigte staaten', 'usa',
  'united states'];
const MUG_COUNTRIES = ['اليابان', 'الولايات المتحدة', 'المملكة المتحدة', 'السعودية', 'الإمارات', 'japan', 'united states',
  'united kingdom', 'saudi', 'emirates', '日本', '美國', '英國', '沙烏地', '阿拉伯聯合大公國', '阿聯'];

export const BLIND7 = {
  en: [
    [S, 'is this shirt real linen or some blend?', 'material', LINEN],
    [S, 'model looks super tall, how tall is he', 'sizeChart.model', MODEL_180],
    [S, 'can i just throw it in the washer w/ my other stuff', 'care', SHIRT_CARE],
    [S, 'does it run big or small? im usually between M and L', null],
    [S, 'lol whats the weather like where u guys are', null],
    [R, 'whats actually in the serum? ingredients pls', 'material', SERUM_INGREDIENTS],
    [R, 'how much is the bigger 50ml one', 'variants', ['36']],
    [R, 'ok for oily acne prone skin?', null],
    [H, 'battery life on these?? like a full day?', null],
    [H, 'what comes in teh box, is there a case', 'inTheBox', BOX_HEADPHONES],
    [H, 'heard multipoint is broken on these, true?', 'knownIssues', MULTIPOINT],
    [H, 'how many grams r they, my old ones hurt my head', 'weight', G_250],
    [L, 'how tall is the lamp in inches', 'dimensions', LAMP_HEIGHT],
    [L, 'bulb included or do i need to buy one', 'inTheBox', LAMP_BOX],
    [L, 'can i dim it', null],
    [K, 'are the laces any good? saw a review saying they come undone', 'knownIssues', SNEAKER_LACES],
    [K, 'where are these made', 'origin', VIETNAM],
    [M, 'how many oz does the mug hold', null],
    [M, 'do u ship to the uk and how long does it take', 'shipping.countries', UK],
    [M, 'any promo code for a first order?', null],
  ],
  'zh-CN': [
    [S, '这件衬衫是纯亚麻的吗', 'material', LINEN],
    [S, '发货到日本大概要几天？', 'shipping.days', ['9']],
    [S, '可以退货吗 退货要自己出运费吗', 'returns', ['30']],
    [S, '洗了会缩水吗', null],
    [R, '精华液怎么保存，要放冰箱吗', 'care', SERUM_STORE],
    [R, '30ml的多少钱', 'variants', ['24']],
    [R, '孕妇能用吗？', null],
    [H, '耳机是哪里产的', 'origin', CHINA],
    [H, '能寄到中国吗 我在上海', 'shipping.countries', HEADPHONE_COUNTRIES],
    [H, '保修多久啊', 'warranty', WARRANTY_2Y],
    [H, '充满电能用多少小时', null],
    [H, '银色还有货吗', 'variants', ['silver']],
    [L, '台灯多重 几公斤', 'weight', KG_2_4],
    [L, '灯罩是什么材质的', 'material', ['linen']],
    [L, '插头是欧标还是英标的', null],
    [K, '鞋子偏大还是偏小，平时穿40选哪个码', null],
    [K, '这鞋能丢洗衣机洗吗', 'care', SNEAKER_CARE],
    [K, '有没有优惠券啊', null],
    [M, '杯子能放微波炉加热吗', 'care', MUG_CARE],
    [M, '主播给我讲个笑话吧哈哈', null],
  ],
  'zh-TW': [
    [M, '這個杯子是什麼材質？陶瓷嗎', 'material', MUG_MATERIAL],
    [M, '是師傅手工拉坯的嗎', 'faq[1]', MUG_HANDMADE],
    [M, '容量多少ml', null],
    [M, '可以寄台灣嗎? 大概幾天到', 'shipping.countries', MUG_COUNTRIES],
    [K, '球鞋寄到台北要多久', 'shipping.days', ['8']],
    [K, '這雙日幣多少錢', 'price', YEN_12800],
    [K, '44號還有貨嗎', 'variants', ['44', 'slate']],
    [K, '鞋子防水嗎 下雨天能穿嗎', null],
    [R, '精華開封後可以放多久', 'care', SERUM_OPENED],
    [R, '是從韓國寄出的嗎', 'shipping.from', KOREA],
    [R, '敏感肌可以用嗎', null],
    [H, '耳機可以接飛機上的螢幕嗎', 'faq[0]', ['3.5']],
    [H, '可以折疊收納嗎', null],
    [H, '有支援LDAC嗎', null],
    [S, '模特兒多高？', 'sizeChart.model', MODEL_180],
    [S, '洗的時候要注意什麼', 'care', SHIRT_CARE],
    [S, '有XXL嗎', 'variants', ['xl']],
    [L, '燈泡幾瓦的 夠不夠亮', null],
    [L, '保固怎麼算', 'warranty', WARRANTY_1Y],
    [L, '今天直播到幾點啊', null],
  ],
  es: [
    [S, 'la camisa es de lino?', 'material', LINEN],
    [S, 'desde donde se envia la camisa', 'shipping.from', PORTUGAL],
    [S, 'la talla L en que color viene?', 'variants', ['sand']],
    [S, 'cuanto cuesta el envio??', null],
    [S, 'se transparenta con luz?', null],
    [L, 'me la mandan a españa la lampara?', 'shipping.countries', LAMP_COUNTRIES],
    [L, 'cuanto mide de alto', 'dimensions', LAMP_HEIGHT],
    [L, 'como la limpio, se puede pasar un trapo mojado?', 'care', LAMP_CARE],
    [L, 'trae enchufe europeo o ingles', null],
    [R, 'cuantos gramos trae el serum', 'weight', G_30],
    [R, 'es vegano y cruelty free?', null],
    [R, 'si no me gusta lo puedo devolver gratis?', 'returns', ['14']],
    [H, 'precio de los audifonos?', 'price', ['199']],
    [H, 'tienen garantia los cascos?', 'warranty', WARRANTY_2Y],
    [H, 'son resistentes al agua, pa correr con lluvia', null],
    [K, 'de que material son las zapatillas', 'material', SNEAKER_MATERIAL],
    [K, 'cuanto pesan? las quiero ligeras', 'weight', G_310],
    [M, 'la taza mantiene el cafe caliente?', 'faq[0]', ['20']],
    [M, 'sirve para el horno?', null],
    [M, 'hay descuento si compro 2 tazas', null],
  ],
  fr: [
    [R, 'vous livrez en France le sérum ?', 'shipping.countries', SERUM_COUNTRIES],
    [R, 'il y a quoi dedans, la liste des ingredients svp', 'material', SERUM_INGREDIENTS],
    [R, 'au bout de combien de temps on voit des resultats', null],
    [R, "c'est adapté aux peaux sensibles ?", null],
    [S, "c'est du lin ou du coton", 'material', LINEN],
    [S, 'retour gratuit ? combien de jours on a', 'returns', ['30']],
    [S, 'le mannequin mesure combien et il porte quoi', 'sizeChart.model', MODEL_180],
    [S, 'elle taille grand ?', null],
    [L, 'elle pese combien la lampe', 'weight', KG_2_4],
    [L, 'combien de jours pour être livré à Lyon', 'shipping.days', ['6']],
    [L, "l'abat-jour c'est quoi comme tissu", 'material', ['linen']],
    [L, 'elle est compatible Philips Hue ?', null],
    [H, 'ils sont livrés avec un câble jack ?', 'inTheBox', AUDIO_CABLE],
    [H, 'le casque est en quoi, plastique ?', 'material', HEADPHONE_MATERIAL],
    [H, 'la réduction de bruit ça coupe combien de dB', null],
    [K, 'les baskets sont expédiées depuis où ?', 'shipping.from', JAPAN],
    [K, 'combien elles coutent les baskets', 'price', YEN_12800],
    [M, 'le mug passe au lave-vaisselle ?', 'care', MUG_CARE],
    [M, 'on peut le renvoyer si ça va pas ?', null],
    [M, 'tu connais une bonne blague ?', null],
  ],
  de: [
    [H, 'wie lange garantie gibts auf die kopfhörer?', 'warranty', WARRANTY_2Y],
    [H, 'Versand nach Österreich möglich?', 'shipping.countries', HEADPHONE_COUNTRIES],
    [H, 'wie schnell seid ihr bei mir in Berlin', 'shipping.days', ['4']],
    [H, 'Akku hält wie lange?', null],
    [H, 'in silber lieferbar?', 'variants', ['silver']],
    [L, 'Lampe Maße? Breite x Höhe bitte', 'dimensions', LAMP_SIZE],
    [L, 'wo wird die hergestellt', 'origin', DENMARK],
    [L, 'welche Birne ist dabei, E27?', 'inTheBox', LAMP_BOX],
    [L, 'wie viel Watt bzw Lumen hat die', null],
    [L, 'Rücksendung kostenlos?', 'returns', ['14']],
    [K, 'Schuhe in Gr. 42 noch da?', 'variants', ['42', 'slate']],
    [K, 'liefert ihr die Schuhe nach Deutschland?', 'shipping.countries', SNEAKER_COUNTRIES],
    [K, 'fallen die normal aus oder eher klein', null],
    [S, 'kann man das Hemd bügeln?', 'care', SHIRT_IRON],
    [S, 'gibts Rabatt wenn ich den Newsletter abonniere', null],
    [S, 'knittert das stark?', null],
    [R, 'wie viel ml sind drin und was kostet die große flasche', 'variants', ['50', '36']],
    [R, 'ist das tierversuchsfrei?', null],
    [M, 'Tasse aus Porzellan?', 'material', MUG_MATERIAL],
    [M, 'wer gewinnt heute abend das Spiel?', null],
  ],
  ja: [
    [K, 'このスニーカーの素材は？', 'material', SNEAKER_MATERIAL],
    [K, '洗濯機で洗っても平気？', 'care', SNEAKER_CARE],
    [K, '雨の日に履くと何か困ることある？', 'knownIssues', SNEAKER_LACES],
    [K, '幅広甲高でも入りますか', null],
    [K, '送料無料になる条件ってある？', null],
    [M, 'このマグって職人さんの手作り？', 'faq[1]', MUG_HANDMADE],
    [M, '色は何色ありますか', 'variants', ['indigo', 'ash']],
    [M, 'コーヒーどのくらい入る？', null],
    [M, 'フタは付いてますか', null],
    [H, 'ヘッドホンの保証期間は？', 'warranty', WARRANTY_2Y],
    [H, '日本に発送してもらえますか', 'shipping.countries', HEADPHONE_COUNTRIES],
    [H, '重さ何グラム？', 'weight', G_250],
    [H, '防水ですか？ジムで汗かくので', null],
    [S, 'シャツの原産国どこ？', 'origin', PORTUGAL],
    [S, 'モデルさん身長何センチ？', 'sizeChart.model', MODEL_180],
    [S, '乾燥機使っていい？', 'care', ['line dry']],
    [R, '美容液、日本まで何日かかる？', 'shipping.days', ['14']],
    [L, 'ランプ何キロくらい？', 'weight', KG_2_4],
    [L, 'ランプのコードの長さは？', null],
    [L, '今日の東京の天気わかる？', null],
  ],
  ko: [
    [R, '이 세럼 성분 뭐 들어가요?', 'material', SERUM_INGREDIENTS],
    [R, '한국 배송 되나요? 며칠 걸려요', 'shipping.countries', KOREA],
    [R, '50ml 가격 얼마예요', 'variants', ['36']],
    [R, '지성 피부인데 써도 돼요?', null],
    [R, '개봉 후 얼마나 쓸 수 있어요', 'care', SERUM_OPENED],
    [R, '향료 알레르기 있는데 괜찮을까요', null],
    [K, '신발 원산지 어디예요', 'origin', VIETNAM],
    [K, '발볼 넓은 편인데 정사이즈 가도 될까요', null],
    [K, '38 사이즈 재고 있어요?', 'variants', ['38', 'moss']],
    [K, '일본에서 발송되는 거예요?', 'shipping.from', JAPAN],
    [H, '헤드폰 노캔 성능 어때요', null],
    [H, 'box에 뭐 들어있어요? 케이블 포함?', 'inTheBox', BOX_HEADPHONES],
    [H, 'firmware 업데이트 하면 멀티포인트 돼요?', 'knownIssues', MULTIPOINT],
    [H, '사이즈 cm로 어떻게 돼요', 'dimensions', HEADPHONE_SIZE],
    [S, '린넨 100%인가요', 'material', LINEN],
    [S, 'L 사이즈 품절이에요?', 'variants', ['sand', 'xl']],
    [L, '램프 전구 색온도 몇 K예요', null],
    [L, '램프 관리 어떻게 해요? 물티슈로 닦아도 돼요?', 'care', LAMP_CARE],
    [M, '머그컵 무게 얼마나 나가요', 'weight', G_350],
    [M, '오늘 방송 쿠폰 있어요?', null],
  ],
  'pt-BR': [
    [S, 'vcs entregam no Brasil?', 'shipping.countries', SHIRT_COUNTRIES],
    [S, 'a camisa é feita onde', 'origin', PORTUGAL],
    [S, 'encolhe na lavagem?', null],
    [H, 'o fone vem com estojo?', 'inTheBox', ['case', 'carrying']],
    [H, 'qual o peso do headphone', 'weight', G_250],
    [H, 'funciona com ps5?', null],
    [H, 'posso devolver se nao gostar? quantos dias tenho', 'returns', ['30']],
    [L, 'a luminaria é de madeira macica?', 'material', ['oak', 'solid']],
    [L, 'garantia de quanto tempo', 'warranty', WARRANTY_1Y],
    [L, 'sai de qual pais o envio', 'shipping.from', DENMARK],
    [L, 'é bivolt?', null],
    [K, 'quanto custa o tenis em ienes', 'price', YEN_12800],
    [K, 'esse tenis é vegano?', null],
    [K, 'pode lavar na maquina?', 'care', SNEAKER_CARE],
    [M, 'a caneca pode ir no micro-ondas?', 'care', MUG_CARE],
    [M, 'ela conserva o cafe quente por quanto tempo', 'faq[0]', ['20']],
    [M, 'qual a altura da caneca em cm', 'dimensions', MUG_HEIGHT],
    [R, 'quantos dias leva a entrega do serum?', 'shipping.days', ['14']],
    [R, 'da pra usar junto com retinol?', null],
    [R, 'quem é a apresentadora da live hj?', null],
  ],
  ar: [
    [M, 'هل توصلون الكوب للسعودية؟', 'shipping.countries', SAUDI],
    [M, 'كم يوم التوصيل للرياض', 'shipping.days', ['10']],
    [M, 'توصلون مصر؟', 'shipping.countries', MUG_COUNTRIES],
    [M, 'الكوب يتحمل غسالة الصحون؟', 'care', MUG_CARE],
    [M, 'كم سعر الكوب', 'price', YEN_3800],
    [M, 'هل فيه رصاص في الطلاء؟', null],
    [H, 'السماعة صنع وين؟', 'origin', CHINA],
    [H, 'كم سعرها بالدولار', 'price', ['199']],
    [H, 'هل فيها مايك للمكالمات؟', null],
    [H, 'تشتغل مع شاشة الطيارة؟', 'faq[0]', ['3.5']],
    [S, 'القميص كتان ١٠٠٪؟', 'material', LINEN],
    [S, 'المودل طوله كم؟', 'sizeChart.model', MODEL_180],
    [S, 'الشحن مجاني ولا بفلوس؟', null],
    [L, 'الأباجورة كم وزنها بالكيلو', 'weight', KG_2_4],
    [L, 'المصباح يشتغل على ٢٢٠ فولت؟', null],
    [L, 'وش يجي معها في العلبة', 'inTheBox', LAMP_BOX_ALL],
    [K, 'الحذاء مناسب للجري مسافات طويلة؟', null],
    [K, 'وزن الحذاء كم غرام', 'weight', G_310],
    [R, 'السيروم كيف أحفظه في الصيف الحار', 'care', SERUM_STORE],
    [R, 'وش أحسن مطعم قريب منكم؟', null],
  ],
};
