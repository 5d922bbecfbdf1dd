// Twelfth held-out set ("blind12"): written 2026-12-04 by a helper session that read only products.mjs,
// docs/commerce.md, check-set.mjs and the format header (first 45 lines) of questions-blind8.mjs — not the answerer,
// its lexicons or phrases, docs/assistant.md, or any other question set; not run against the answerer by its author;
// never used to tune.
// The set maps each of the ten locales to its questions (check-set.mjs reads the locale from the key). Each entry is
// [productId, question, expectedSource, expectedValue] or [productId, question, null] (must be declined). A value may
// be a list of alternatives (any one counts): free text shows in whichever of the data's languages is closest to the
// shopper's, a country code is shown by its name in the shopper's language, numbers may be grouped the shopper's way
// (12,800 / 12.800 / 12 800) and sizes and weights may be shown in the shopper's units (so an imperial figure is listed
// next to the metric one).
// The questions are typed the way people type on a phone: fragments, missing accents, a few typos, polite and casual
// registers, English product words inside other languages, the shopper's own numbers and units ("18 in", "40 cm",
// Arabic-Indic digits), colours, sizes and countries named in the shopper's language.
// A third (67 of 200) are unanswerable: neighbours of fields that exist (shrinking, sheerness, creasing, fit, fabric
// weight, battery, fast charging, microphone, codecs, noise-cancelling levels, sweat and water resistance, app,
// replaceable cushions, dimming, timer, wattage, lumen, plug type, voltage, cord length, capacity, lid, oven, boiling
// water, lead, engraving, skin conditions, pregnancy, breastfeeding, vegan, halal, animal testing, width of fit,
// running / hiking / football use, returns or warranty where the product has none, a shirt's weight…), deals, coupons,
// payment plans, gift wrap, future colours and shows, and opinions. Delivery to a country the data does not list is
// answerable ("no", and where it does ship), labelled with `shipping.countries` and the listed countries' names in the
// shopper's language. Stock and per-variant price questions name `variants`; return questions name `returns` (its
// window in days); "made in" names `origin`, "sent from" names `shipping.from`.
// `node test/assistant/eval/check-set.mjs questions-blind12.mjs BLIND12` checks the labels against the data.
const S = 'linen-shirt', R = 'rose-serum', H = 'anc-headphones', L = 'oak-lamp', K = 'trail-sneaker', M = 'ceramic-mug';
const SHIRT_MATERIAL = ['linen', 'lino', 'lin'];
const SHIRT_WASH = ['cold', 'gentle', 'machine'];
const SHIRT_DRYER = ['line dry', 'line'];
const SHIRT_IRON = ['iron', 'damp'];
const SHIRT_DAYS = ['9', '5'];
const SHIRT_MODEL = ['180', 'M', "5'11", '5′11'];
const SERUM_INGREDIENTS = ['rosehip', 'hyaluronate', 'tocopherol'];
const SERUM_HYALURONIC = ['hyaluron'];
const SERUM_VITAMIN_E = ['tocopherol', 'vitamin e'];
const SERUM_STORAGE = ['25', '77', 'sunlight'];
const SERUM_OPENED = ['6 month', '6'];
const SERUM_50 = ['36'];
const SERUM_WEIGHT = ['30', '1.1', '1,1'];
const SERUM_DAYS = ['14', '7'];
const PHONES_MATERIAL = ['aluminium', 'aluminum', 'protein leather'];
const PHONES_WARRANTY = ['2-year', '2 jahre', '2年'];
const PHONES_BOX = ['case', 'usb-c', '3.5'];
const PHONES_MULTIPOINT = ['multipoint', '1.1'];
const PHONES_PLANE = ['3.5', '3,5', 'in-flight', 'plane'];
const PHONES_WEIGHT = ['250', '8.8', '8,8'];
const PHONES_SIZE = ['18', '20', '7.1', '7,1', '7.9', '7,9'];
const PHONES_DAYS = ['4', '2'];
const LAMP_MATERIAL = ['oak', 'linen'];
const LAMP_CARE = ['dry cloth', 'water', 'polish'];
const LAMP_HEIGHT = ['45', '17.7', '17,7'];
const LAMP_WIDTH = ['25', '9.8', '9,8'];
const LAMP_WEIGHT = ['2.4', '2,4', '5.3', '5,3'];
const LAMP_WARRANTY = ['1-year', 'electrical'];
const LAMP_BULB = ['e27', 'bulb', 'led'];
const LAMP_DAYS = ['6', '3'];
const SNEAKER_MATERIAL = ['mesh', 'rubber', 'メッシュ', 'ゴム'];
const SNEAKER_SOLE = ['rubber', 'ゴム'];
const SNEAKER_CARE = ['hand wash', 'mild soap', 'machine', '手洗い'];
const SNEAKER_LACES = ['laces', 'slippery', '靴ひも', '滑り'];
const SNEAKER_WEIGHT = ['310', '10.9', '10,9'];
const SNEAKER_PRICE = ['12800', '12,800', '12.800', '12 800'];
const MUG_MATERIAL = ['stoneware', '炻器', 'glaze', '釉'];
const MUG_DISHWASHER = ['dishwasher'];
const MUG_MICROWAVE = ['microwave'];
const MUG_HEIGHT = ['10', '3.9', '3,9'];
const MUG_WEIGHT = ['350', '12.3', '12,3'];
const MUG_WARM = ['20'];
const MUG_HANDMADE = ['hand', 'mino', '手作り', '美濃'];
const MUG_PRICE = ['3800', '3,800', '3.800', '3 800'];

export const BLIND12 = {
  en: [
    [S, 'is the linen shirt actually 100% linen or some blend', 'material', ['100', 'linen']],
    [S, 'how tall is the guy modelling it and what size has he got on', 'sizeChart.model', SHIRT_MODEL],
    [S, 'can it go in the dryer', 'care', SHIRT_DRYER],
    [S, 'does it shrink after the first wash?', null],
    [R, 'how long is it good for once I crack the bottle open', 'care', SERUM_OPENED],
    [R, 'is the big bottle much pricier than the small one', 'variants', ['36', '24']],
    [R, 'safe to use while breastfeeding?', null],
    [H, 'do these connect to my laptop and my phone at the same time', 'knownIssues', PHONES_MULTIPOINT],
    [H, 'how many hours does the battery last', null],
    [H, 'is silver sold out??', 'variants', ['Silver']],
    [H, 'wat comes in the box', 'inTheBox', PHONES_BOX],
    [L, 'how tall is the lamp, my window nook is only 18 in', 'dimensions', LAMP_HEIGHT],
    [L, 'is it dimmable', null],
    [L, 'which bulb does it take and is one included', 'inTheBox', LAMP_BULB],
    [K, 'do you ship the trail sneakers to canada', 'shipping.countries', ['Japan', 'South Korea', 'China', 'Taiwan', 'United States']],
    [K, 'are they good for wide feet?', null],
    [K, 'price in yen?', 'price', SNEAKER_PRICE],
    [M, 'does the mug keep coffee hot for long', 'faq[0]', MUG_WARM],
    [M, 'can I send the mug back if I dont like the colour', null],
    [M, 'how many oz does it hold', null],
  ],
  'zh-CN': [
    [S, '亚麻衬衫是哪个国家生产的', 'origin', ['葡萄牙']],
    [S, '寄到中国吗', 'shipping.countries', ['美国', '加拿大', '英国', '德国', '法国', '西班牙', '日本']],
    [S, '白色M码还有货吗', 'variants', ['M', 'White', '白']],
    [S, '会不会透啊', null],
    [R, '这个serum里有玻尿酸吗', 'material', SERUM_HYALURONIC],
    [R, '孕妇能用吗', null],
    [R, '发货到中国要几天', 'shipping.days', SERUM_DAYS],
    [R, '敏感肌可以用吗？', null],
    [H, '耳机多重？超过300克吗', 'weight', PHONES_WEIGHT],
    [H, '保修多久', 'warranty', PHONES_WARRANTY],
    [H, '降噪耳机防水吗', null],
    [L, '台灯灯罩是什么材质', 'material', LAMP_MATERIAL],
    [L, '台灯多少钱', 'price', ['149']],
    [L, '插头是欧标还是国标', null],
    [K, '鞋子是在越南做的吗', 'origin', ['越南']],
    [K, '42码灰色有没有货', 'variants', ['42', 'Slate']],
    [K, '听说鞋带有问题？', 'knownIssues', SNEAKER_LACES],
    [M, '杯子能进洗碗机吗', 'care', MUG_DISHWASHER],
    [M, '有优惠券吗', null],
    [M, '请问马克杯是手工做的吗', 'faq[1]', MUG_HANDMADE],
  ],
  'zh-TW': [
    [S, '襯衫可以退貨嗎？幾天內', 'returns', ['30']],
    [S, '從哪裡寄出', 'shipping.from', ['葡萄牙']],
    [S, '模特兒多高 穿什麼尺寸', 'sizeChart.model', SHIRT_MODEL],
    [S, '會很容易起皺嗎', null],
    [R, '精華液有寄台灣嗎', 'shipping.countries', ['台灣', '台湾']],
    [R, '精華液要怎麼保存', 'care', SERUM_STORAGE],
    [R, '可以擦在眼周嗎', null],
    [H, '耳機什麼顏色有現貨', 'variants', ['Black', '黑']],
    [H, '請問可以在飛機上用嗎', 'faq[0]', PHONES_PLANE],
    [H, '耳罩壞了可以自己換嗎', null],
    [H, '是哪裡製造的', 'origin', ['中國', '中国']],
    [L, '燈多重', 'weight', LAMP_WEIGHT],
    [L, '有寄台灣嗎', 'shipping.countries', ['丹麥', '德國', '瑞典', '挪威', '法國', '荷蘭']],
    [L, '燈泡幾瓦', null],
    [K, '鞋子可以丟洗衣機嗎', 'care', SNEAKER_CARE],
    [K, '版型偏大還是偏小', null],
    [M, '馬克杯是什麼材質', 'material', MUG_MATERIAL],
    [M, '馬克杯從哪裡出貨', 'shipping.from', ['日本']],
    [M, '容量多少ml', null],
    [M, '下次直播什麼時候', null],
  ],
  es: [
    [S, 'de que esta hecha la camisa? es lino de verdad', 'material', SHIRT_MATERIAL],
    [S, 'envian a Mexico?', 'shipping.countries', ['Estados Unidos', 'Canadá', 'Reino Unido', 'Alemania', 'Francia', 'España', 'Japón']],
    [S, 'la talla L en color arena hay?', 'variants', ['L', 'Sand', 'arena']],
    [S, 'cuanto tarda en llegar a España', 'shipping.days', SHIRT_DAYS],
    [S, 'es de corte slim o regular?', null],
    [R, 'el serum lleva vitamina E?', 'material', SERUM_VITAMIN_E],
    [R, 'sirve para quitar las manchas del acné?', null],
    [R, 'la devolución es gratis?', 'returns', ['14']],
    [H, 'cuánto valen los audífonos', 'price', ['199']],
    [H, 'viene con estuche para guardarlos?', 'inTheBox', ['case']],
    [H, 'tienen garantía?', 'warranty', PHONES_WARRANTY],
    [H, 'se pueden pagar a meses sin intereses?', null],
    [L, 'la lampara cuanto mide de alto', 'dimensions', LAMP_HEIGHT],
    [L, 'la lámpara dónde se fabrica', 'origin', ['Dinamarca']],
    [L, 'funciona con 110V?', null],
    [K, 'precio de las trail sneaker?', 'price', SNEAKER_PRICE],
    [K, 'son impermeables?', null],
    [M, 'la taza es hecha a mano?', 'faq[1]', MUG_HANDMADE],
    [M, 'envian la taza a Arabia Saudita?', 'shipping.countries', ['Arabia Saudí', 'Arabia Saudita']],
    [M, 'la taza se puede meter al horno?', null],
  ],
  fr: [
    [S, 'la chemise est en quoi exactement ?', 'material', SHIRT_MATERIAL],
    [S, 'on peut la repasser ?', 'care', SHIRT_IRON],
    [S, 'livraison en Belgique possible ?', 'shipping.countries', ['États-Unis', 'Canada', 'Royaume-Uni', 'Allemagne', 'France', 'Espagne', 'Japon']],
    [S, 'elle est fabriquée où', 'origin', ['Portugal']],
    [S, "c'est quoi la taille du mannequin svp", 'sizeChart.model', SHIRT_MODEL],
    [R, 'le sérum contient quoi comme ingrédients', 'material', SERUM_INGREDIENTS],
    [R, 'il est testé sur les animaux ?', null],
    [R, 'vous livrez le serum en France ?', 'shipping.countries', ['Corée du Sud', 'Japon', 'États-Unis', 'Chine', 'Taïwan']],
    [H, 'le casque est fait en quelle matière', 'material', PHONES_MATERIAL],
    [H, 'quelle autonomie en bluetooth ?', null],
    [H, "il existe en argent ou c'est épuisé ?", 'variants', ['Silver', 'argent']],
    [H, 'y a un souci connu avec le multipoint ?', 'knownIssues', PHONES_MULTIPOINT],
    [L, 'le câble fait quelle longueur ?', null],
    [L, 'elle fait plus de 40 cm de haut ?', 'dimensions', LAMP_HEIGHT],
    [L, 'compatible prise anglaise ?', null],
    [K, 'retour gratuit pour les baskets ?', 'returns', ['30']],
    [K, 'elles taillent grand ?', null],
    [M, 'le mug passe au lave-vaisselle ?', 'care', MUG_DISHWASHER],
    [M, 'le mug est garanti combien de temps ?', null],
    [M, 'il y a un code promo pour le live de ce soir ?', null],
  ],
  de: [
    [S, 'Wie wasch ich das Hemd?', 'care', SHIRT_WASH],
    [S, 'Größe M in Weiß verfügbar?', 'variants', ['M', 'White', 'Weiß']],
    [S, 'Liefert ihr nach Österreich?', 'shipping.countries', ['Vereinigte Staaten', 'Kanada', 'Vereinigtes Königreich', 'Deutschland', 'Frankreich', 'Spanien', 'Japan']],
    [S, 'wie schwer ist das Hemd', null],
    [R, 'kann man das Serum im Bad lagern, da wirds warm', 'care', SERUM_STORAGE],
    [R, 'liefert ihr das Serum nach Deutschland?', 'shipping.countries', ['Südkorea', 'Japan', 'Vereinigte Staaten', 'China', 'Taiwan']],
    [R, 'hilft das gegen Neurodermitis?', null],
    [H, 'Garantie?', 'warranty', PHONES_WARRANTY],
    [H, 'Wie groß sind die Kopfhörer in cm', 'dimensions', PHONES_SIZE],
    [H, 'was ist im Lieferumfang', 'inTheBox', PHONES_BOX],
    [H, 'welche Codecs, aptX oder LDAC?', null],
    [H, 'gibts Rabatt wenn ich zwei nehme?', null],
    [L, 'ist die Lampe aus massiver Eiche', 'material', LAMP_MATERIAL],
    [L, 'Lieferzeit nach Deutschland?', 'shipping.days', LAMP_DAYS],
    [L, 'wie viel Lumen hat die Birne', null],
    [K, 'Schuhe in 44 noch da?', 'variants', ['44', 'Slate']],
    [K, 'Woraus ist die Sohle', 'material', SNEAKER_SOLE],
    [K, 'taugen die zum Joggen?', null],
    [M, 'Könnten Sie mir sagen, wie hoch die Tasse ist?', 'dimensions', MUG_HEIGHT],
    [M, 'ist die Glasur bleifrei?', null],
  ],
  ja: [
    [S, 'リネンシャツの素材は？', 'material', SHIRT_MATERIAL],
    [S, '日本に発送してますか', 'shipping.countries', ['日本']],
    [S, '透け感ありますか？', null],
    [S, 'モデルさん身長何センチ？', 'sizeChart.model', SHIRT_MODEL],
    [R, '美容液は何日で届く？', 'shipping.days', SERUM_DAYS],
    [R, '50mlはいくら', 'variants', SERUM_50],
    [R, 'ニキビ肌でも使えますか', null],
    [H, 'ヘッドホン重さ何グラム', 'weight', PHONES_WEIGHT],
    [H, '保証期間はどのくらいですか', 'warranty', PHONES_WARRANTY],
    [H, 'ノイキャンの強さって調整できる？', null],
    [H, 'シルバー在庫ある？', 'variants', ['Silver', 'シルバー']],
    [L, 'ランプのお手入れ方法を教えてください', 'care', LAMP_CARE],
    [L, '日本に送れますか', 'shipping.countries', ['デンマーク', 'ドイツ', 'スウェーデン', 'ノルウェー', 'フランス', 'オランダ']],
    [L, 'タイマー機能ありますか', null],
    [K, 'スニーカーの洗い方', 'care', SNEAKER_CARE],
    [K, '雨の日に靴ひもがほどけやすいって本当？', 'knownIssues', SNEAKER_LACES],
    [K, 'ワイズは何E？', null],
    [M, '美濃焼のマグ、手作り？', 'faq[1]', MUG_HANDMADE],
    [M, 'ラッピングしてもらえますか', null],
    [M, '来月のライブで新色出ますか', null],
  ],
  ko: [
    [S, '셔츠 세탁기 돌려도 돼요?', 'care', SHIRT_WASH],
    [S, '한국 배송 되나요', 'shipping.countries', ['미국', '캐나다', '영국', '독일', '프랑스', '스페인', '일본']],
    [S, 'L 사이즈 품절인가요?', 'variants', ['L', 'Sand']],
    [S, '핏이 오버핏인가요', null],
    [R, '로즈힙 세럼 원산지 어디예요', 'origin', ['대한민국', '한국']],
    [R, '개봉 후 사용기한?', 'care', SERUM_OPENED],
    [R, '비건 인증 받았나요?', null],
    [R, '반품 가능한가요? 며칠 안에요', 'returns', ['14']],
    [H, '헤드폰 어디서 만들었어요', 'origin', ['중국']],
    [H, 'USB-C 케이블 들어있어요?', 'inTheBox', ['usb-c']],
    [H, '마이크 통화 품질 어때요', null],
    [H, '할부 되나요?', null],
    [L, '램프 크기 알려주세요', 'dimensions', ['25', '45', '9.8', '17.7']],
    [L, '전구 포함인가요', 'inTheBox', LAMP_BULB],
    [L, '220V 되나요', null],
    [K, '운동화 한국으로 배송돼요?', 'shipping.countries', ['대한민국', '한국']],
    [K, '무게 몇 그램이에요', 'weight', SNEAKER_WEIGHT],
    [K, '등산할 때 신어도 되나요?', null],
    [M, '머그컵 무게?', 'weight', MUG_WEIGHT],
    [M, '머그 뚜껑도 있어요?', null],
  ],
  'pt-BR': [
    [S, 'a camisa é de linho puro?', 'material', SHIRT_MATERIAL],
    [S, 'vcs entregam no Brasil?', 'shipping.countries', ['Estados Unidos', 'Canadá', 'Reino Unido', 'Alemanha', 'França', 'Espanha', 'Japão']],
    [S, 'quanto custa a camisa de linho', 'price', ['79']],
    [S, 'ela amassa muito?', null],
    [R, 'posso deixar o serum no sol?', 'care', SERUM_STORAGE],
    [R, 'quanto pesa o frasco', 'weight', SERUM_WEIGHT],
    [R, 'serve pra rosácea?', null],
    [H, 'o fone aguenta suor na academia?', null],
    [H, 'quantos dias pra entregar nos EUA?', 'shipping.days', PHONES_DAYS],
    [H, 'o fone tem app?', null],
    [H, 'a cor preta tem em estoque?', 'variants', ['Black', 'preto']],
    [L, 'qual a largura da luminária em cm?', 'dimensions', LAMP_WIDTH],
    [L, 'tenho quantos dias pra devolver a luminaria', 'returns', ['14']],
    [L, 'vem com lâmpada led?', 'inTheBox', LAMP_BULB],
    [L, 'funciona com tomada brasileira?', null],
    [K, 'o tênis é feito de quê', 'material', SNEAKER_MATERIAL],
    [K, 'o 40 verde tá disponível?', 'variants', ['40', 'Moss']],
    [K, 'o tênis vai ter promoção na black friday?', null],
    [M, 'caneca vai pro micro-ondas?', 'care', MUG_MICROWAVE],
    [M, 'dá pra gravar um nome na caneca?', null],
  ],
  ar: [
    [S, 'هل القميص كتان ١٠٠٪؟', 'material', SHIRT_MATERIAL],
    [S, 'تشحنون القميص للسعودية؟', 'shipping.countries', ['الولايات المتحدة', 'كندا', 'المملكة المتحدة', 'ألمانيا', 'فرنسا', 'إسبانيا', 'اليابان']],
    [S, 'هل الإرجاع مجاني؟', 'returns', ['30']],
    [S, 'هل يناسب الجو الحار في الخليج؟', null],
    [R, 'السيروم حلال؟', null],
    [R, 'كم سعر حجم ٥٠ مل', 'variants', SERUM_50],
    [R, 'من وين يتم شحن السيروم؟', 'shipping.from', ['كوريا الجنوبية', 'كوريا']],
    [H, 'السماعة مصنوعة من ايش', 'material', PHONES_MATERIAL],
    [H, 'هل توصل السماعة للإمارات؟', 'shipping.countries', ['الولايات المتحدة', 'كندا', 'المملكة المتحدة', 'ألمانيا', 'فرنسا', 'أستراليا']],
    [H, 'هل تدعم الشحن السريع؟', null],
    [H, 'السماعة فيها مشاكل معروفة؟', 'knownIssues', PHONES_MULTIPOINT],
    [L, 'كم طول الأباجورة بالسنتي', 'dimensions', LAMP_HEIGHT],
    [L, 'كم مدة الضمان على الأباجورة', 'warranty', LAMP_WARRANTY],
    [L, 'كم ياخذ التوصيل لهولندا', 'shipping.days', LAMP_DAYS],
    [K, 'الحذاء صنع في اي بلد', 'origin', ['فيتنام']],
    [K, 'هل يصلح لكرة القدم؟', null],
    [M, 'بكم الكوب؟', 'price', MUG_PRICE],
    [M, 'تشحنون الكوب للسعودية؟', 'shipping.countries', ['المملكة العربية السعودية', 'السعودية']],
    [M, 'الكوب يتحمل الماء المغلي؟', null],
    [M, 'ما هي أفضل قهوة لهذا الكوب؟', null],
  ],
};
