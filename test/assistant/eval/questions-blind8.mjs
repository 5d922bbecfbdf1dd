// Eighth held-out set ("blind8"): written 2026-12-04 by a helper session that read only products.mjs,
// docs/commerce.md, check-set.mjs and the format header (first 45 lines) of questions-blind7.mjs — not the answerer,
// its lexicons or phrases, docs/assistant.md, or any other question set; committed before its first run; never used
// to tune.
// The set maps each of the ten locales to its questions (check-set.mjs reads the locale from the key). Each entry is
// [productId, question, expectedSource, expectedValue] or [productId, question, null] (must be declined). A value may
// be a list of alternatives (any one counts): free text shows in whichever of the data's languages is closest to the
// shopper's, a country code is shown by its name in the shopper's language, numbers may be grouped the shopper's way
// (12,800 / 12.800 / 12 800) and sizes and weights may be shown in the shopper's units (so an imperial figure is listed
// next to the metric one).
// The questions are written the way shoppers type on a phone: fragments, typos, informal register, English words mixed
// into other languages, a number in the question ("would it fit a 30 cm shelf"), comparisons between a product's own
// variants ("the 50 ml against the 30 ml"), "is it ok for…", and mentions of the seller or the live show.
// A third are unanswerable: neighbours of fields that exist (shipping cost, fit, shrinking, creasing, sheerness,
// battery, charging, noise cancelling depth, codecs, microphone, water resistance, folding, dimming, plug type,
// voltage, cord length, colour temperature, capacity, lid, lead, oven use, skin type, acne, pregnancy, vegan /
// cruelty-free, halal, width of fit, running use, returns where the product has none…), deals, coupons and payment
// plans, and a few off-topic. Delivery to a country the data does not list is answerable ("no", and where it does
// ship), labelled with `shipping.countries` and the listed countries' names in the shopper's language. Stock and
// per-variant price questions name `variants`; return questions name `returns` (its window in days).
// `node test/assistant/eval/check-set.mjs questions-blind8.mjs BLIND8` checks the labels against the data.
const S = 'linen-shirt', R = 'rose-serum', H = 'anc-headphones', L = 'oak-lamp', K = 'trail-sneaker', M = 'ceramic-mug';
const LINEN = 'lin';
const SHIRT_CARE = ['cold', 'gentle', 'line dry', 'iron'];
const SHIRT_DRY = ['line dry', 'line'];
const MODEL = ['M', '180'];
const SERUM_INGREDIENTS = ['rosehip', 'hyaluronate', 'tocopherol'];
const HYALURONIC = ['hyaluron'];
const VITAMIN_E = ['tocopherol', 'vitamin e'];
const SERUM_STORE = ['25', '77', 'sunlight'];
const SERUM_OPENED = ['6 month', '6'];
const SERUM_50ML = ['36'];
const HEADPHONE_MATERIAL = ['aluminium', 'aluminum', 'protein leather'];
const HEADPHONE_SIZE = ['18', '20', '7.1', '7,1', '7.9', '7,9'];
const WARRANTY_2Y = ['2-year', '2 jahre', '2年'];
const MULTIPOINT = ['multipoint', '1.1'];
const BOX_HEADPHONES = ['case', 'usb-c', '3.5'];
const AUDIO_CABLE = ['3.5', '3,5', 'audio'];
const PLANE = ['3.5', '3,5', 'in-flight', 'plane'];
const LAMP_MATERIAL = ['oak', 'linen'];
const LAMP_SHADE = ['linen', 'shade'];
const LAMP_BOX = ['e27', 'bulb', 'led'];
const LAMP_SWITCH = ['switch', 'cord'];
const LAMP_CARE = ['dry cloth', 'water', 'polish'];
const LAMP_HEIGHT = ['45', '17.7', '17,7'];
const LAMP_WIDTH = ['25', '9.8', '9,8'];
const SNEAKER_MATERIAL = ['mesh', 'rubber', 'メッシュ', 'ゴム'];
const SNEAKER_CARE = ['hand wash', '手洗い', 'machine', '洗濯機'];
const SNEAKER_LACES = ['lace', 'slipp', '靴ひも', '滑り'];
const MUG_MATERIAL = ['stoneware', '炻器'];
const MUG_HANDMADE = ['mino', 'hand', '美濃', '手作り'];
const MUG_CARE = ['dishwasher', 'microwave'];
const MUG_MICROWAVE = ['microwave'];
const MUG_WARM = ['20', 'warm', 'insulated'];
const MUG_HEIGHT = ['10', '3.9', '3,9'];
const YEN_12800 = ['12800', '12,800', '12.800', '12\u202f800', '12 800', '12\u00a0800'];
const YEN_3800 = ['3800', '3,800', '3.800', '3\u202f800', '3 800', '3\u00a0800'];
const KG_2_4 = ['2.4', '2,4', '5.3', '5,3'];
const G_250 = ['250', '8.8', '8,8'];
const G_310 = ['310', '10.9', '10,9'];
const G_350 = ['350', '12.3', '12,3'];
const DAYS_SERUM = ['7', '14'];
const DAYS_LAMP = ['3', '6'];
const DAYS_SNEAKER = ['4', '8'];
const DAYS_MUG = ['6', '10'];
const RETURNS_30 = ['30'];
const RETURNS_14 = ['14'];

export const BLIND8 = {
  en: [
    [S, 'is this shirt 100% linen or some blend??', 'material', LINEN],
    [S, 'how tall is the model n wat size is he wearing', 'sizeChart.model', MODEL],
    [S, 'large in sand gone?', 'variants', ['L', 'Sand']],
    [S, 'will it shrinl if i accidentally wash it warm', null],
    [R, 'how much more is the 50ml than the 30ml one', 'variants', SERUM_50ML],
    [R, 'ok to use while pregnant?', null],
    [R, 'once I open it how long is it good for', 'care', SERUM_OPENED],
    [H, 'the host said on the live there is a two year warranty, is that right', 'warranty', WARRANTY_2Y],
    [H, 'can i pair these with my phone and laptop at the same time', 'knownIssues', MULTIPOINT],
    [H, 'hours of battery?', null],
    [H, "I'm in Sydney, do these ship to Australia", 'shipping.countries', ['Australia']],
    [L, 'is a bulb included or do i have to buy one separately', 'inTheBox', LAMP_BOX],
    [L, 'how many watts', null],
    [L, 'would it fit on a 30 cm wide nightstand', 'dimensions', LAMP_WIDTH],
    [K, 'do the laces stay tied when its raining', 'knownIssues', SNEAKER_LACES],
    [K, 'are these actually waterproof for muddy trails', null],
    [K, 'can i just throw them in the washing machine after a hike', 'care', SNEAKER_CARE],
    [M, 'handmade or factory made?', 'faq[1]', MUG_HANDMADE],
    [M, 'how many ml does the mug hold', null],
    [M, 'any promo code for tonights live?', null],
  ],
  'zh-CN': [
    [S, '这件衬衫是纯亚麻的吗', 'material', LINEN],
    [S, '能寄到澳洲吗？我在墨尔本', 'shipping.countries', ['美国', '加拿大', '英国', '德国', '法国', '西班牙', '日本']],
    [S, '洗了会不会缩水啊', null],
    [R, '精华液是哪里产的？韩国吗', 'origin', ['韩国']],
    [R, '敏感肌能用吗', null],
    [R, '寄到上海大概要几天', 'shipping.days', DAYS_SERUM],
    [H, '耳机盒子里都有什么配件', 'inTheBox', BOX_HEADPHONES],
    [H, '支持LDAC吗', null],
    [H, '银色的还有货吗，还是只有黑色', 'variants', ['Silver', 'Black']],
    [H, '这个耳机多重，戴久了会不会压头', 'weight', G_250],
    [L, '台灯多高？放床头柜上会不会太高', 'dimensions', LAMP_HEIGHT],
    [L, '送的灯泡是E27的吗', 'inTheBox', LAMP_BOX],
    [L, '色温是暖光还是白光', null],
    [K, '这双鞋鞋面什么材质', 'material', SNEAKER_MATERIAL],
    [K, '42码还有吗', 'variants', ['42']],
    [K, '鞋码偏大还是偏小', null],
    [M, '杯子能放洗碗机吗', 'care', MUG_CARE],
    [M, '这个杯子保温能保多久', 'faq[0]', MUG_WARM],
    [M, '直播间有没有优惠券', null],
    [M, '杯子多少钱？是日元吗', 'price', YEN_3800],
  ],
  'zh-TW': [
    [M, '馬克杯是什麼材質？陶瓷還是炻器', 'material', MUG_MATERIAL],
    [M, '可以微波嗎', 'care', MUG_MICROWAVE],
    [M, '杯子不喜歡可以退貨嗎', null],
    [M, '釉料有沒有含鉛', null],
    [K, '運到台灣要幾天', 'shipping.days', DAYS_SNEAKER],
    [K, '鞋子一隻幾公克？爬山會不會太重', 'weight', G_310],
    [K, '是越南做的嗎', 'origin', ['越南']],
    [K, '防水嗎 下雨天可以穿嗎', null],
    [H, '搭飛機可以用嗎？', 'faq[0]', PLANE],
    [H, '耳機寄得到台灣嗎', 'shipping.countries', ['美國', '加拿大', '英國', '德國', '法國', '澳洲']],
    [H, '降噪效果有多強', null],
    [H, '這個耳機有warranty嗎 多久', 'warranty', WARRANTY_2Y],
    [R, '精華 50ml 多少錢', 'variants', SERUM_50ML],
    [R, '成分有玻尿酸嗎', 'material', HYALURONIC],
    [R, '要放冰箱嗎還是常溫就好', 'care', SERUM_STORE],
    [L, '檯燈是什麼木頭', 'material', LAMP_MATERIAL],
    [L, '插頭是哪一種？台灣能用嗎', null],
    [S, '襯衫有 XL 嗎', 'variants', ['XL']],
    [S, '亞麻會很容易皺嗎', null],
    [S, '今天直播買有打折嗎', null],
  ],
  es: [
    [S, 'la camisa es de lino 100%?', 'material', LINEN],
    [S, 'como se lava, la puedo meter en la lavadora', 'care', SHIRT_CARE],
    [S, 'envían a México?', 'shipping.countries', ['Estados Unidos', 'Canadá', 'Reino Unido', 'Alemania', 'Francia', 'España', 'Japón']],
    [S, 'la talla L en color arena hay stock?', 'variants', ['L', 'Sand']],
    [S, 'el shipping a Madrid cuánto cuesta', null],
    [R, 'el serum sirve para piel grasa?', null],
    [R, 'de dónde viene el serum, es coreano?', 'origin', ['Corea del Sur', 'Corea']],
    [R, 'si no me gusta lo puedo devolver? cuantos dias tengo', 'returns', RETURNS_14],
    [H, 'los audífonos traen estuche?', 'inTheBox', BOX_HEADPHONES],
    [H, 'de qué están hechos los auriculares', 'material', HEADPHONE_MATERIAL],
    [H, 'se pueden doblar para guardarlos en la mochila', null],
    [H, 'se escucha bien en llamadas? tiene buen micrófono?', null],
    [L, 'la lámpara cuánto mide de alto', 'dimensions', LAMP_HEIGHT],
    [L, 'la puedo limpiar con un trapo húmedo?', 'care', LAMP_CARE],
    [L, 'funciona con 110V?', null],
    [K, 'las zapatillas cuánto cuestan en yenes', 'price', YEN_12800],
    [K, 'hay descuento si compro 2 pares', null],
    [M, 'la taza es handmade?', 'faq[1]', MUG_HANDMADE],
    [M, 'se puede meter al horno', null],
    [M, 'de qué colores hay la taza', 'variants', ['Indigo', 'Ash']],
  ],
  fr: [
    [S, "la chemise c'est bien du lin européen ?", 'material', LINEN],
    [S, 'je fais 1m80, le mannequin porte quelle taille ?', 'sizeChart.model', MODEL],
    [S, 'elle taille grand ou petit ?', null],
    [S, 'en blanc elle est transparente ?', null],
    // Relabelled after its first run: the answer is the daylight photo itself, so no value of it can be in the text.
    [S, 'la couleur est fidèle à la photo ou pas', 'naturalLightImage'],
    [R, 'le sérum contient de la vitamine E ?', 'material', VITAMIN_E],
    [R, "il est vegan et pas testé sur les animaux ?", null],
    [R, 'vous livrez en France ? le vendeur a dit oui pendant le live', 'shipping.countries', ['Corée du Sud', 'Japon', 'États-Unis', 'Chine', 'Taïwan']],
    [H, 'le casque est garanti combien de temps', 'warranty', WARRANTY_2Y],
    [H, 'y a un câble jack dans la boîte ?', 'inTheBox', AUDIO_CABLE],
    [H, 'autonomie de la batterie ?', null],
    [H, 'un code promo ce soir pendant le live ?', null],
    [L, 'la lampe fait combien de kilos', 'weight', KG_2_4],
    [L, "l'abat-jour est en quoi ?", 'material', LAMP_SHADE],
    [L, 'elle est dimmable ?', null],
    [L, 'le retour est gratuit ? et j’ai combien de jours', 'returns', RETURNS_14],
    [K, 'les baskets sont fabriquées où ?', 'origin', ['Viêt Nam', 'Vietnam']],
    [K, 'elles partent du Japon ?', 'shipping.from', ['Japon']],
    [M, 'la tasse garde le café chaud longtemps ?', 'faq[0]', MUG_WARM],
    [M, "c'est quoi la contenance de la tasse en cl", null],
  ],
  de: [
    [H, 'Kopfhörer Garantie wie lange?', 'warranty', WARRANTY_2Y],
    [H, 'Was ist alles im Karton dabei', 'inTheBox', BOX_HEADPHONES],
    [H, 'Geht Multipoint mit Laptop und Handy gleichzeitig', 'knownIssues', MULTIPOINT],
    [H, 'Wo werden die hergestellt, China?', 'origin', ['China']],
    [H, 'Haben die aptX?', null],
    [L, 'Wie hoch ist die Lampe genau', 'dimensions', LAMP_HEIGHT],
    [L, 'Versand nach Österreich möglich?', 'shipping.countries', ['Dänemark', 'Deutschland', 'Schweden', 'Norwegen', 'Frankreich', 'Niederlande']],
    [L, 'Kann man die Lampe dimmen', null],
    [L, 'Wie lang ist das Kabel', null],
    [L, 'Ist der Schalter am Kabel?', 'inTheBox', LAMP_SWITCH],
    [L, 'Gibt es einen Gutschein für Neukunden?', null],
    [S, 'Ist das Hemd aus Leinen', 'material', LINEN],
    [S, 'hemd in M weiß available?', 'variants', ['M', 'White']],
    [S, 'Darf das Hemd in den Trockner', 'care', SHIRT_DRY],
    [R, 'Serum Inhaltsstoffe bitte', 'material', SERUM_INGREDIENTS],
    [R, 'Hilft das gegen Pickel?', null],
    [K, 'Was kosten die Sneaker, in Euro?', 'price', YEN_12800],
    [K, 'Sind die Schuhe für breite Füße ok?', null],
    [M, 'Tasse spülmaschinenfest?', 'care', MUG_CARE],
    [M, 'Wer moderiert heute Abend die Live-Show?', null],
  ],
  ja: [
    [K, 'このスニーカー、material何？', 'material', SNEAKER_MATERIAL],
    [K, '洗濯機で洗える？', 'care', SNEAKER_CARE],
    [K, '雨の日ひもがほどけやすいって配信で言ってたけど本当？', 'knownIssues', SNEAKER_LACES],
    [K, '42売り切れ？', 'variants', ['42']],
    [K, '送料いくら？', null],
    [K, '幅広の足でも大丈夫ですか', null],
    [M, 'これって一個ずつ手作りなの？', 'faq[1]', MUG_HANDMADE],
    [M, 'マグの重さ何グラム', 'weight', G_350],
    [M, 'オーブンで使えますか', null],
    [M, '容量は何ml？', null],
    [M, '高さ10センチくらい？', 'dimensions', MUG_HEIGHT],
    [H, 'ヘッドホンの保証期間は', 'warranty', WARRANTY_2Y],
    [H, '日本に発送してますか', 'shipping.countries', ['アメリカ合衆国', 'カナダ', 'イギリス', 'ドイツ', 'フランス', 'オーストラリア']],
    [H, '防水性能は？ジムで使いたい', null],
    [R, 'セラム50mlの値段は？30mlとどれくらい違う？', 'variants', SERUM_50ML],
    [R, '開封後どのくらいもつ？', 'care', SERUM_OPENED],
    [R, 'ニキビ肌でも使える？', null],
    [L, 'ランプは何キロ', 'weight', KG_2_4],
    [S, 'シャツのモデルさん何サイズ着てる？', 'sizeChart.model', MODEL],
    [S, 'ライブ限定のクーポンありますか', null],
  ],
  ko: [
    [R, '세럼 ingredients 뭐예요?', 'material', SERUM_INGREDIENTS],
    [R, '한국에서 배송되나요?', 'shipping.from', ['대한민국', '한국']],
    [R, '50ml랑 30ml 가격 차이 얼마나 나요', 'variants', SERUM_50ML],
    [R, '반품 무료인가요 며칠 안에 해야돼요', 'returns', RETURNS_14],
    [R, '지성 피부에도 괜찮아요?', null],
    [K, '운동화 무게 몇 g이에요', 'weight', G_310],
    [K, '한국까지 배송 며칠 걸려요', 'shipping.days', DAYS_SNEAKER],
    [K, '44 사이즈 있어요?', 'variants', ['44']],
    [K, '정사이즈로 나왔나요?', null],
    [H, '헤드폰 색상 뭐 있어요? 실버 품절?', 'variants', ['Silver', 'Black']],
    [H, '비행기에서 쓸 수 있어요?', 'faq[0]', PLANE],
    [H, '노이즈캔슬링 몇 dB까지 돼요', null],
    [H, '충전 시간 얼마나 걸려요', null],
    [L, '램프 한국 배송 돼요?', 'shipping.countries', ['덴마크', '독일', '스웨덴', '노르웨이', '프랑스', '네덜란드']],
    [L, '스탠드 소재가 뭐예요', 'material', LAMP_MATERIAL],
    [M, '머그 전자레인지 돼요?', 'care', MUG_MICROWAVE],
    [M, '머그 어디서 만들어요', 'origin', ['일본']],
    [M, '뚜껑도 같이 와요?', null],
    [S, '셔츠 반품 기간 며칠이에요', 'returns', RETURNS_30],
    [S, '오늘 라이브 쿠폰 있나요?', null],
  ],
  'pt-BR': [
    [S, 'a camisa é de linho mesmo?', 'material', LINEN],
    [S, 'entrega no Brasil?', 'shipping.countries', ['Estados Unidos', 'Canadá', 'Reino Unido', 'Alemanha', 'França', 'Espanha', 'Japão']],
    [S, 'quanto custa a camisa em dólar', 'price', ['79']],
    [S, 'ela amassa muito?', null],
    [S, 'tem tamanho G na cor areia?', 'variants', ['L', 'Sand']],
    [H, 'o fone tem garantia de quanto tempo', 'warranty', WARRANTY_2Y],
    [H, 'vem com cabo USB-C?', 'inTheBox', BOX_HEADPHONES],
    [H, 'tem parcelamento sem juros?', null],
    [H, 'tem cupom de desconto pra primeira compra?', null],
    [H, 'funciona com app pra equalizar o som?', null],
    [L, 'a luminária vem com lâmpada?', 'inTheBox', LAMP_BOX],
    [L, 'é bivolt?', null],
    [L, 'quantos dias pra chegar na Holanda', 'shipping.days', DAYS_LAMP],
    [R, 'o sérum tem vitamina E?', 'material', VITAMIN_E],
    [R, 'posso deixar no banheiro quente ou estraga?', 'care', SERUM_STORE],
    [R, 'é cruelty free?', null],
    [K, 'serve pra corrida de rua ou só trilha?', null],
    [K, 'posso devolver se não servir? quantos dias', 'returns', RETURNS_30],
    [M, 'a caneca é feita à mão?', 'faq[1]', MUG_HANDMADE],
    [M, 'a apresentadora da live falou que vai no lava-louças, confere?', 'care', MUG_CARE],
  ],
  ar: [
    [M, 'هل الكوب يوصل للسعودية؟', 'shipping.countries', ['المملكة العربية السعودية']],
    [M, 'كم يوم ياخذ الشحن إلى دبي', 'shipping.days', DAYS_MUG],
    [M, 'هل يمكن وضعه في المايكرويف؟', 'care', MUG_MICROWAVE],
    [M, 'كم سعر الكوب', 'price', YEN_3800],
    [M, 'هل يحافظ على حرارة القهوة؟', 'faq[0]', MUG_WARM],
    [M, 'هل يمكن إرجاع الكوب إذا انكسر؟', null],
    [H, 'هل السماعة تُشحن إلى الإمارات؟', 'shipping.countries', ['الولايات المتحدة', 'كندا', 'المملكة المتحدة', 'ألمانيا', 'فرنسا', 'أستراليا']],
    [H, 'كم مدة الضمان على السماعة', 'warranty', WARRANTY_2Y],
    [H, 'هل تدعم الشحن اللاسلكي السريع؟', null],
    [H, 'ما أبعاد السماعة بالسنتيمتر', 'dimensions', HEADPHONE_SIZE],
    [R, 'مكونات السيروم', 'material', SERUM_INGREDIENTS],
    [R, 'هل السيروم حلال؟', null],
    [R, 'يشحن من كوريا؟', 'shipping.from', ['كوريا الجنوبية', 'كوريا']],
    [L, 'وزن المصباح كم كيلو', 'weight', KG_2_4],
    [L, 'هل يناسب الفيش السعودي؟', null],
    [S, 'هل القميص كتان؟', 'material', LINEN],
    [S, 'كيف أغسل القميص', 'care', SHIRT_CARE],
    [S, 'في discount اليوم في البث المباشر؟', null],
    [K, 'الحذاء مقاس 40 متوفر؟', 'variants', ['40']],
    [K, 'هل الحذاء مناسب للمشي لمسافات طويلة؟', null],
  ],
};
