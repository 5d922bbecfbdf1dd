// Tenth held-out set ("blind10"): written 2026-12-04 by a helper session that read only products.mjs,
// docs/commerce.md, check-set.mjs and the format header (first 45 lines) of questions-blind8.mjs — not the answerer,
// its lexicons or phrases, docs/assistant.md, or any other question set; committed before its first run; never used
// to tune.
// The set maps each of the ten locales to its questions (check-set.mjs reads the locale from the key). Each entry is
// [productId, question, expectedSource, expectedValue] or [productId, question, null] (must be declined). A value may
// be a list of alternatives (any one counts): free text shows in whichever of the data's languages is closest to the
// shopper's, a country code is shown by its name in the shopper's language (every list below carries the name in all
// ten languages, Spanish, Portuguese, French and German forms included), numbers may be grouped the shopper's way
// (12800 / 12,800 / 12.800 / 12 800 / 12’800 / 12٬800, decimals with . , or ٫) and sizes and weights may be shown in
// the shopper's units (so an imperial figure is listed next to the metric one).
// The questions are written the way shoppers type in a live-shopping chat on a phone: terse, emoji and punctuation
// noise ("??", "!!", "pls"), regional spelling and slang (Latin-American and Spain Spanish, Brazilian Portuguese,
// Québec French, Swiss and Austrian German, Cantonese-flavoured Traditional Chinese, Gulf and Egyptian Arabic, casual
// Korean and Japanese), questions put to the seller ("can you show…", "did you say…"), comparisons with something the
// shopper already owns ("my XM4s are about 250 g"), conditionals ("if I'm a 40 in EU…"), and two things in one
// message. A message that asks two things asks them of one field (shipping: where and how long; returns: window and
// cost; variants: stock and price), labelled with that field.
// About a third are unanswerable: neighbours of fields that exist (shrinking, creasing, see-through, fit, pockets,
// collar, shipping cost, pregnancy, skin type, acne, smell, halal, cruelty-free, dermatological testing, codecs,
// battery, charging, noise cancelling strength, microphone, water resistance, folding, EQ app, console use, dimming,
// plug type, voltage, wattage, cord length, colour temperature, remote, smart-home use, width, cushioning, arch
// support, running use, size conversion, half sizes, capacity, lid, returns of the mug, which has none), deals,
// coupons and bundles, payment (instalments, wallets, cash on delivery), and a few off-topic. Delivery to a country
// the data does not list is answerable ("no", and where it does ship), labelled with `shipping.countries` and the
// listed countries' names. Stock and per-variant price questions name `variants`; return questions name `returns`.
// `node test/assistant/eval/check-set.mjs questions-blind10.mjs BLIND10` checks the labels against the data.
const S = 'linen-shirt', R = 'rose-serum', H = 'anc-headphones', L = 'oak-lamp', K = 'trail-sneaker', M = 'ceramic-mug';

// Countries, by name in the ten languages (and common short forms).
const PORTUGAL = ['Portugal', '葡萄牙', 'ポルトガル', '포르투갈', 'البرتغال'];
const KOREA = ['South Korea', 'Korea', '韩国', '南韓', '韓國', 'Corea del Sur', 'Corea', 'Corée du Sud', 'Corée', 'Südkorea', '韓国', '대한민국', '한국', 'Coreia do Sul', 'Coreia', 'كوريا الجنوبية', 'كوريا'];
const CHINA = ['China', '中国', '中國', 'Chine', '중국', 'الصين'];
const VIETNAM = ['Vietnam', 'Viet Nam', '越南', 'Viêt Nam', 'Viêt-Nam', 'ベトナム', '베트남', 'Vietnã', 'Vietname', 'فيتنام'];
const DENMARK = ['Denmark', '丹麦', '丹麥', 'Dinamarca', 'Danemark', 'Dänemark', 'デンマーク', '덴마크', 'الدانمرك', 'الدنمارك'];
const JAPAN = ['Japan', '日本', 'Japón', 'Japon', '일본', 'Japão', 'اليابان'];
const USA = ['United States', 'USA', '美国', '美國', 'Estados Unidos', 'EE. UU.', 'EUA', 'États-Unis', 'Vereinigte Staaten', 'アメリカ', '미국', 'الولايات المتحدة', 'أمريكا'];
const CANADA = ['Canada', '加拿大', 'Canadá', 'Kanada', 'カナダ', '캐나다', 'كندا'];
const UK = ['United Kingdom', '英国', '英國', 'Reino Unido', 'Royaume-Uni', 'Vereinigtes Königreich', 'Großbritannien', 'イギリス', '영국', 'المملكة المتحدة', 'بريطانيا'];
const GERMANY = ['Germany', '德国', '德國', 'Alemania', 'Allemagne', 'Deutschland', 'ドイツ', '독일', 'Alemanha', 'ألمانيا'];
const FRANCE = ['France', '法国', '法國', 'Francia', 'Frankreich', 'フランス', '프랑스', 'França', 'فرنسا'];
const SPAIN = ['Spain', '西班牙', 'España', 'Espagne', 'Spanien', 'スペイン', '스페인', 'Espanha', 'إسبانيا'];
const TAIWAN = ['Taiwan', '台湾', '台灣', '臺灣', 'Taiwán', 'Taïwan', '대만', 'تايوان'];
const AUSTRALIA = ['Australia', '澳大利亚', '澳洲', 'Australie', 'Australien', 'オーストラリア', '오스트레일리아', '호주', 'Austrália', 'أستراليا'];
const SWEDEN = ['Sweden', '瑞典', 'Suecia', 'Suède', 'Schweden', 'スウェーデン', '스웨덴', 'Suécia', 'السويد'];
const NORWAY = ['Norway', '挪威', 'Noruega', 'Norvège', 'Norwegen', 'ノルウェー', '노르웨이', 'النرويج'];
const NETHERLANDS = ['Netherlands', '荷兰', '荷蘭', 'Países Bajos', 'Pays-Bas', 'Niederlande', 'オランダ', '네덜란드', 'Países Baixos', 'هولندا'];
const SAUDI = ['Saudi Arabia', '沙特阿拉伯', '沙烏地阿拉伯', 'Arabia Saudí', 'Arabia Saudita', 'Arabie saoudite', 'Saudi-Arabien', 'サウジアラビア', '사우디아라비아', 'Arábia Saudita', 'المملكة العربية السعودية', 'السعودية'];
const EMIRATES = ['United Arab Emirates', '阿拉伯联合酋长国', '阿拉伯聯合大公國', 'Emiratos Árabes Unidos', 'Émirats arabes unis', 'Vereinigte Arabische Emirate', 'アラブ首長国連邦', '아랍에미리트', 'Emirados Árabes Unidos', 'الإمارات العربية المتحدة', 'الإمارات'];
// Where each product ships (for "do you deliver to <a country not listed>?").
const SHIRT_SHIPS = [...USA, ...CANADA, ...UK, ...GERMANY, ...FRANCE, ...SPAIN, ...JAPAN];
const HEADPHONE_SHIPS = [...USA, ...CANADA, ...UK, ...GERMANY, ...FRANCE, ...AUSTRALIA];
const LAMP_SHIPS = [...DENMARK, ...GERMANY, ...SWEDEN, ...NORWAY, ...FRANCE, ...NETHERLANDS];
const SNEAKER_SHIPS = [...JAPAN, ...KOREA, ...CHINA, ...TAIWAN, ...USA];
const MUG_SHIPS = [...JAPAN, ...USA, ...UK, ...SAUDI, ...EMIRATES];

// Linen shirt.
const LINEN = ['lin', 'linen', 'lino', 'linho', 'Leinen', '亚麻', '亞麻', 'リネン', '麻', '린넨', '리넨', 'كتان'];
const SHIRT_WASH = ['cold', 'gentle', 'machine'];
const SHIRT_LINE_DRY = ['line dry', 'line'];
const SHIRT_IRON = ['iron', 'damp', 'line dry'];
const SHIRT_MODEL = ['M', '180', "5'11", '5′11', '5 ft 11'];
const SHIRT_WHITE = ['White'];
const SHIRT_SAND = ['Sand'];
const SHIRT_DAYS = ['5', '9'];
const SHIRT_RETURNS = ['30'];
// Rosehip serum.
const SERUM_INCI = ['rosehip', 'hyaluronate', 'tocopherol', 'aqua'];
const SERUM_VITAMIN_E = ['tocopherol', 'vitamin e', 'vitamina e', 'vitamine e', 'ビタミンe', '비타민 e', '维生素e', '維生素e'];
const SERUM_HYALURONIC = ['hyaluron', 'hialur', 'ヒアルロン', '히알루론', '透明质酸', '玻尿酸'];
const SERUM_STORAGE = ['25', '77', 'sunlight'];
const SERUM_OPENED = ['6 month', '6'];
const SERUM_30ML = ['24'];
const SERUM_50ML = ['36'];
const SERUM_WEIGHT = ['30', '1.1', '1,1', '1٫1'];
const SERUM_DAYS = ['7', '14'];
const SERUM_RETURNS = ['14'];
// Headphones.
const HEADPHONE_BUILD = ['aluminium', 'aluminum', 'protein leather'];
const HEADPHONE_CUSHIONS = ['protein leather', 'leather'];
const HEADPHONE_WARRANTY = ['2-year', '2 year', '2 jahre', '2年', '2 ans', '2 años', '2 anos', '2년', 'سنتان'];
const HEADPHONE_BOX = ['case', 'USB-C', '3.5', 'cable'];
const HEADPHONE_CASE = ['case', 'carrying'];
const HEADPHONE_AUX = ['3.5', '3,5', '3٫5', 'audio cable'];
const HEADPHONE_PLANE = ['3.5', '3,5', '3٫5', 'in-flight', 'plane'];
const HEADPHONE_MULTIPOINT = ['multipoint', '1.1'];
const HEADPHONE_WEIGHT = ['250', '8.8', '8,8', '8٫8'];
const HEADPHONE_SIZE = ['18', '20', '7.1', '7,1', '7٫1', '7.9', '7,9', '7٫9'];
const HEADPHONE_SILVER = ['Silver'];
const HEADPHONE_DAYS = ['2', '4'];
const HEADPHONE_RETURNS = ['30'];
// Oak lamp.
const LAMP_OAK = ['oak'];
const LAMP_SHADE = ['linen', 'shade'];
const LAMP_CARE = ['dry cloth', 'water', 'polish'];
const LAMP_HEIGHT = ['45', '17.7', '17,7', '17٫7'];
const LAMP_WIDTH = ['25', '9.8', '9,8', '9٫8'];
const LAMP_WEIGHT = ['2.4', '2,4', '2٫4', '2400', '2,400', '2.400', '5.3', '5,3', '5٫3'];
const LAMP_WARRANTY = ['1-year', '1 year', 'electrical'];
const LAMP_BULB = ['E27', 'bulb', 'LED'];
const LAMP_PRICE = ['149'];
const LAMP_RETURNS = ['14'];
// Trail sneaker.
const SNEAKER_UPPER = ['recycled', 'mesh', 'リサイクル', 'メッシュ'];
const SNEAKER_SOLE = ['rubber', 'ゴム'];
const SNEAKER_WASH = ['hand wash', 'machine', '手洗い', '洗濯機'];
const SNEAKER_LACES = ['laces', 'slippery', '靴ひも', '滑り'];
const SNEAKER_WEIGHT = ['310', '10.9', '10,9', '10٫9'];
const SNEAKER_PRICE = ['12800', '12,800', '12.800', '12 800', '12’800', "12'800", '12٬800', '1万2800', '1.28万'];
const SNEAKER_DAYS = ['4', '8'];
const SNEAKER_38 = ['38', 'Moss'];
const SNEAKER_40 = ['40', 'Moss'];
const SNEAKER_42 = ['42', 'Slate'];
const SNEAKER_44 = ['44', 'Slate'];
// Mino mug.
const MUG_BODY = ['stoneware', 'glaze', '炻器', '釉'];
const MUG_CARE = ['dishwasher', 'microwave'];
const MUG_HEIGHT = ['10', '3.9', '3,9', '3٫9'];
const MUG_WARM = ['20', 'insulated'];
const MUG_HANDMADE = ['by hand', 'hand', 'Mino', '美濃', '手作り'];
const MUG_DAYS = ['6', '10'];

export const BLIND10 = {
  en: [
    [S, 'did u say the shirt is portuguese?? like actually made there', 'origin', PORTUGAL],
    [S, 'i wear M at zara — what size is ur model in & how tall is he', 'sizeChart.model', SHIRT_MODEL],
    [S, 'pls tell me i can tumble dry it 😩', 'care', SHIRT_LINE_DRY],
    [S, 'is the white see-through?? asking for a friend lol', null],
    [R, 'the 50ml vs the 30ml, how much more $$', 'variants', SERUM_50ML],
    [R, 'can i layer it w my retinol at night or nah', null],
    [R, 'fridge or bathroom shelf? what temp does it need', 'care', SERUM_STORAGE],
    [H, 'my xm4s are like 250g, are these heavier or lighter', 'weight', HEADPHONE_WEIGHT],
    [H, 'multipoint work?? i hop between laptop n phone all day', 'knownIssues', HEADPHONE_MULTIPOINT],
    [H, 'battery w ANC on, how many hrs realistically', null],
    [H, 'can u show the silver one pls 🙏', 'variants', HEADPHONE_SILVER],
    [L, 'bulb included or do i gotta buy one? what fitting', 'inTheBox', LAMP_BULB],
    [L, 'will it fit under a 40cm shelf, how tall is it', 'dimensions', LAMP_HEIGHT],
    [L, 'dimmable tho?', null],
    [K, 'EU 42 in slate still there?? 🥺', 'variants', SNEAKER_42],
    [K, 'ship to the states? n how many days', 'shipping', USA],
    [K, 'good for actual trail running or more of a city shoe ngl', null],
    [M, 'how many ml does the mug hold', null],
    [M, 'will it keep my tea hot thru a 30 min standup', 'faq[0]', MUG_WARM],
    [M, "any promo code for tonight's live?? grabbing 2 mugs", null],
  ],
  'zh-CN': [
    [S, '亲 这件衬衫啥料子呀', 'material', LINEN],
    [S, '白色的还有货不？😭', 'variants', SHIRT_WHITE],
    [S, '洗了会不会缩水变小啊', null],
    [S, '运费多少 包邮不', null],
    [R, '精华是哪国产的 韩国的？', 'origin', KOREA],
    [R, '孕妇能用吗？？', null],
    [R, '开封以后能放多久', 'care', SERUM_OPENED],
    [R, '能寄到国内不 大概几天到', 'shipping', CHINA],
    [H, '耳机盒子里都有啥 带收纳包吗', 'inTheBox', HEADPHONE_CASE],
    [H, '主播刚说保修几年来着？', 'warranty', HEADPHONE_WARRANTY],
    [H, '支持LDAC吗 我安卓机', null],
    [H, '跟我的AirPods Max比 这个多重', 'weight', HEADPHONE_WEIGHT],
    [L, '灯光是暖光还是白光 几K的', null],
    [L, '台灯多重啊 我经常搬家', 'weight', LAMP_WEIGHT],
    [K, '鞋子能丢洗衣机吗 懒得手洗😂', 'care', SNEAKER_WASH],
    [K, '鞋带湿了会不会滑啊', 'knownIssues', SNEAKER_LACES],
    [K, '主播今天穿的裤子哪买的', null],
    [M, '杯子能寄国内吗', 'shipping.countries', MUG_SHIPS],
    [M, '纯手工的吗 哪里做的', 'faq[1]', MUG_HANDMADE],
    [M, '带盖子吗', null],
  ],
  'zh-TW': [
    [S, '呢件恤衫係咪葡萄牙出㗎？', 'origin', PORTUGAL],
    [S, '模特兒幾高？著咩size呀', 'sizeChart.model', SHIRT_MODEL],
    [S, '寄唔寄到香港㗎？', 'shipping.countries', SHIRT_SHIPS],
    [S, '會唔會好易皺 唔想日日熨', null],
    [R, '50ml 幾錢呀？同30ml差幾多', 'variants', SERUM_50ML],
    [R, '暗瘡肌用得唔得㗎', null],
    [R, '寄台灣要幾耐？', 'shipping.days', SERUM_DAYS],
    [H, '係咪中國製㗎', 'origin', CHINA],
    [H, '降噪有幾勁？', null],
    [H, '盒入面有冇3.5mm線？搭飛機要用', 'inTheBox', HEADPHONE_AUX],
    [H, '唔啱可以退嗎 退貨使唔使錢', 'returns', HEADPHONE_RETURNS],
    [L, '盞燈用咩燈膽㗎 E27？', 'inTheBox', LAMP_BULB],
    [L, '燈罩係咩料嚟㗎？', 'material', LAMP_SHADE],
    [L, '插頭係英式定歐式？', null],
    [K, '38碼仲有冇貨呀 我平時著38', 'variants', SNEAKER_38],
    [K, '落雨天著得唔得？防唔防水', null],
    [K, '對鞋幾重呀 我而家對跑鞋先280g', 'weight', SNEAKER_WEIGHT],
    [M, '隻杯係咪人手整㗎？', 'faq[1]', MUG_HANDMADE],
    [M, '可唔可以用轉數快FPS俾錢？', null],
    [M, '買兩隻有冇得平啲？', null],
  ],
  es: [
    [S, '¿la camisa es lino lino o mezcla? 🤔', 'material', LINEN],
    [S, 'che, ¿la mandan a Argentina?', 'shipping.countries', SHIRT_SHIPS],
    [S, 'tío, ¿en cuántos días me llega a Madrid?', 'shipping.days', SHIRT_DAYS],
    [S, '¿la XL en arena está disponible? soy grandote jaja', 'variants', SHIRT_SAND],
    [R, '¿sirve pa piel grasa? porfa', null],
    [R, '¿trae vitamina E o algo así?', 'material', SERUM_VITAMIN_E],
    [R, '¿el de 30 ml a cuánto está?', 'variants', SERUM_30ML],
    [H, 'wey ¿tienen garantía? ¿de cuánto?', 'warranty', HEADPHONE_WARRANTY],
    [H, '¿se pueden doblar pa meterlos en la mochila?', null],
    [H, 'vale, ¿y desde dónde los envían?', 'shipping.from', USA],
    [H, '¿cuántas horas dura la pila?', null],
    [L, 'la lámpara mola mogollón, ¿cuánto mide de alto? mi mesilla es bajita', 'dimensions', LAMP_HEIGHT],
    [L, '¿cómo se limpia la madera? ¿le puedo dar aceite?', 'care', LAMP_CARE],
    [L, '¿hacen envíos a España?', 'shipping.countries', LAMP_SHIPS],
    [K, 'si calzo 40 europeo, ¿hay en mi talla?', 'variants', SNEAKER_40],
    [K, '¿traen plantilla con soporte pal arco?', null],
    [K, '¿me los puedo llevar en cuotas sin interés?', null],
    [M, '¿la taza va al lavavajillas y al micro?', 'care', MUG_CARE],
    [M, '¿si no me gusta la puedo devolver?', null],
    [M, '¿hay cupón de descuento pa la taza? 🙏', null],
  ],
  fr: [
    [S, "c'tu du vrai lin ou ben du mélange?", 'material', LINEN],
    [S, 'vous livrez au Canada? chu à Montréal', 'shipping.countries', CANADA],
    [S, 'la L en sable, y en reste-tu?', 'variants', SHIRT_SAND],
    [S, "ça rétrécit-tu au lavage? tsé les chemises en lin...", null],
    [R, "vous avez dit 14 jours pour les retours? pis c'est gratuit?", 'returns', SERUM_RETURNS],
    [R, 'le flacon pèse combien? pour ma trousse de voyage', 'weight', SERUM_WEIGHT],
    [R, "c'est vegan / pas testé sur les animaux?", null],
    [H, 'les coussinets sont en quoi? du cuir?', 'material', HEADPHONE_CUSHIONS],
    [H, 'y a-tu un micro correct pour mes calls Teams?', null],
    [H, 'ça rentre dans mon sac? les dimensions svp', 'dimensions', HEADPHONE_SIZE],
    [H, 'livraison en combien de jours au Québec?', 'shipping.days', HEADPHONE_DAYS],
    [L, 'la lampe vient de quel pays? 🇩🇰?', 'origin', DENMARK],
    [L, 'livrable en France? et ça prend combien de temps', 'shipping', FRANCE],
    [L, 'le fil fait combien de long? ma prise est loin', null],
    [L, 'y a une garantie sur la lampe?', 'warranty', LAMP_WARRANTY],
    [K, 'la semelle est en quoi? caoutchouc?', 'material', SNEAKER_SOLE],
    [K, 'je fais du 41, je prends le 40 ou le 42? 😅', null],
    [M, 'la tasse fait combien de haut? ma machine à espresso est basse', 'dimensions', MUG_HEIGHT],
    [M, 'je peux payer avec Interac ou PayPal?', null],
    [M, "c'est quoi la toune en fond là? 🎶", null],
  ],
  de: [
    [S, 'wie wascht ma des? Maschin oder nur Hand?', 'care', SHIRT_WASH],
    [S, 'Hemd in weiß no do? 🙏', 'variants', SHIRT_WHITE],
    [S, 'fallt des eher eng oder locker aus?', null],
    [R, 'Servus, is des Serum dermatologisch getestet?', null],
    [R, 'wo kommt des her, Korea?', 'origin', KOREA],
    [R, 'wie lang brauchts nach Japan? schenk es meiner Schwester dort', 'shipping.days', SERUM_DAYS],
    [H, 'Gits die Chopfhörer au in Silber? 😍', 'variants', HEADPHONE_SILVER],
    [H, 'Hast du vorhin 2 Jahre Garantie gesagt?', 'warranty', HEADPHONE_WARRANTY],
    [H, 'Hend die en Transparenzmodus?', null],
    [H, 'Was isch alles dabi i de Schachtle?', 'inTheBox', HEADPHONE_BOX],
    [L, 'Grüezi! Liefered ihr d Lampe au id Schwiiz? 🇨🇭', 'shipping.countries', LAMP_SHIPS],
    [L, 'Lampe wie schwer? muss sie in den 4. Stock schleppen lol', 'weight', LAMP_WEIGHT],
    [L, 'aus welchem Holz is der Fuß?', 'material', LAMP_OAK],
    [L, 'Wie viel Watt hat die Birne?', null],
    [L, 'Kann ich sie nach 2 Wochen noch zurückschicken? Kostet das was?', 'returns', LAMP_RETURNS],
    [K, 'bin a 44er, gibts die Größe no?', 'variants', SNEAKER_44],
    [K, 'sind die eher schmal? hab breite Füße 🙈', null],
    [M, 'Tasse spülmaschinenfest??', 'care', MUG_CARE],
    [M, 'Zahlung mit TWINT möglich?', null],
    [M, 'Gibts an Rabattcode wenn i 4 Stück nimm?', null],
  ],
  ja: [
    [S, 'シャツの素材ってなに？麻？', 'material', LINEN],
    [S, 'モデルさん何センチで何サイズ着てる？', 'sizeChart.model', SHIRT_MODEL],
    [S, '日本まで何日くらいで届く？', 'shipping.days', SHIRT_DAYS],
    [S, '配信者さんのピアスどこのですか〜？', null],
    [R, '50mlのほうっていくら？？', 'variants', SERUM_50ML],
    [R, '妊娠中でも使えるかな', null],
    [R, '敏感肌でもいける？', null],
    [H, 'ヘッドホンの保証って何年？', 'warranty', HEADPHONE_WARRANTY],
    [H, 'マルチポイント対応してる？PCとスマホ両方つなぎたい', 'knownIssues', HEADPHONE_MULTIPOINT],
    [H, '今の300gくらいで首こるんだけど、これ何g？', 'weight', HEADPHONE_WEIGHT],
    [H, 'アプリでイコライザーいじれる？', null],
    [L, 'ランプの高さ何cm？棚に置けるかな', 'dimensions', LAMP_HEIGHT],
    [L, '日本にも送ってもらえますか？', 'shipping.countries', LAMP_SHIPS],
    [K, '42のスレート、もう売り切れ？', 'variants', SNEAKER_42],
    [K, '洗濯機で洗っても大丈夫？', 'care', SNEAKER_WASH],
    [K, '雨の日に靴ひもすべるって聞いたけどほんと？', 'knownIssues', SNEAKER_LACES],
    [K, 'クッション性どう？膝弱くて…', null],
    [M, 'マグって手作りなの？', 'faq[1]', MUG_HANDMADE],
    [M, 'PayPayで払える？', null],
    [M, '容量どれくらい？コーヒーたっぷり飲みたいw', null],
  ],
  ko: [
    [S, '셔츠 린넨 100%예요?', 'material', LINEN],
    [S, '반품 무료예요? 며칠 안에 해야 돼요?', 'returns', SHIRT_RETURNS],
    [R, '세럼 어디서 만든 거예요?', 'origin', KOREA],
    [R, '개봉하고 얼마나 써요? 냉장보관 해야 함?', 'care', [...SERUM_OPENED, ...SERUM_STORAGE]],
    [R, '30ml랑 50ml 가격 차이 얼마?', 'variants', [...SERUM_30ML, ...SERUM_50ML]],
    [R, '냄새 어때요? 장미향 나요?', null],
    [H, '헤드폰 한국으로 배송돼요? ㅠㅠ', 'shipping.countries', HEADPHONE_SHIPS],
    [H, '무게 몇 그램? 지금 쓰는 소니보다 가벼움?', 'weight', HEADPHONE_WEIGHT],
    [H, '방수 돼요? 헬스장에서 쓰려구', null],
    [H, '구성품 뭐 있어요? 케이스 포함?', 'inTheBox', HEADPHONE_CASE],
    [H, '비행기에서 쓸 수 있어요?', 'faq[0]', HEADPHONE_PLANE],
    [L, '램프 무게 얼마나 돼요?', 'weight', LAMP_WEIGHT],
    [L, '스마트 전구로 바꿔도 돼요? 구글홈 연동 되나', null],
    [K, '신발 어디서 보내요? 일본?', 'shipping.from', JAPAN],
    [K, '한국까지 며칠 걸려요?', 'shipping.days', SNEAKER_DAYS],
    [K, '평소 250 신는데 몇 사이즈 사야 돼요?', null],
    [K, '가격 얼마예요? 엔화로 알려주세요', 'price', SNEAKER_PRICE],
    [M, '머그 전자레인지 돼요?', 'care', MUG_CARE],
    [M, '두 개 사면 할인돼요?', null],
    [M, '카카오페이 결제 가능?', null],
  ],
  'pt-BR': [
    [S, 'qual tamanho o modelo tá usando? ele tem qto de altura', 'sizeChart.model', SHIRT_MODEL],
    [S, 'pode passar a ferro? e secadora pode?', 'care', SHIRT_IRON],
    [S, 'tem bolso no peito?', null],
    [R, 'o sérum tem ácido hialurônico?', 'material', SERUM_HYALURONIC],
    [R, 'qto custa o de 50ml mano', 'variants', SERUM_50ML],
    [R, 'parcela em 10x sem juros?', null],
    [H, 'cancelamento de ruído é bom msm?', null],
    [H, 'vem cabo p2? quero usar no avião', 'inTheBox', HEADPHONE_AUX],
    [H, 'tem o prata disponível?? 😍', 'variants', HEADPHONE_SILVER],
    [H, 'funciona com o PS5?', null],
    [L, 'a luminária tem quantos cm de largura?', 'dimensions', LAMP_WIDTH],
    [L, 'é bivolt?', null],
    [L, 'se eu devolver tenho que pagar o frete da devolução?', 'returns', LAMP_RETURNS],
    [K, 'vcs entregam o tênis no Brasil? 🇧🇷', 'shipping.countries', SNEAKER_SHIPS],
    [K, 'o tênis é feito onde? Vietnã?', 'origin', VIETNAM],
    [K, 'calço 40, tem o verde musgo?', 'variants', SNEAKER_40],
    [K, 'pesa quanto? meu Nike pesa uns 300g', 'weight', SNEAKER_WEIGHT],
    [M, 'a caneca é de porcelana?', 'material', MUG_BODY],
    [M, 'quanto tempo pra chegar nos EUA? vou mandar pra minha tia', 'shipping.days', MUG_DAYS],
    [M, 'no pix tem desconto?', null],
  ],
  ar: [
    [S, 'القميص ده كتان ولا قطن؟', 'material', LINEN],
    [S, 'انا طولي ١٧٥، الموديل كم طوله ولابس أي مقاس؟', 'sizeChart.model', SHIRT_MODEL],
    [S, 'يوصل مصر؟', 'shipping.countries', SHIRT_SHIPS],
    [R, 'السيروم حلال؟', null],
    [R, 'كم جرام العبوة؟', 'weight', SERUM_WEIGHT],
    [R, 'وش المكونات بالضبط؟', 'material', SERUM_INCI],
    [H, 'السماعة صنع وين؟', 'origin', CHINA],
    [H, 'كم الضمان يا شباب؟', 'warranty', HEADPHONE_WARRANTY],
    [H, 'كم ساعة تاخذ عشان تشحن؟', null],
    [H, 'لو ما عجبتني أقدر أرجعها؟ كم يوم؟', 'returns', HEADPHONE_RETURNS],
    [L, 'الأباجورة دي بكام؟', 'price', LAMP_PRICE],
    [L, 'أنظفها بموية عادي؟', 'care', LAMP_CARE],
    [L, 'فيها ريموت؟', null],
    [K, 'الجزمة دي وزنها كام؟', 'weight', SNEAKER_WEIGHT],
    [K, 'مقاس ٣٨ متوفر؟ 🙏', 'variants', SNEAKER_38],
    [K, 'تنفع للجري الطويل؟', null],
    [M, 'الكوب يوصل الرياض؟ وكم يوم ياخذ؟', 'shipping', SAUDI],
    [M, 'يتحمل المايكرويف؟', 'care', MUG_CARE],
    [M, 'فيه دفع عند الاستلام؟', null],
    [M, 'فيه تابي أو تمارا؟', null],
  ],
};
