// Ninth held-out set ("blind9"): written 2026-12-04 by a helper session that read only products.mjs,
// docs/commerce.md, check-set.mjs and the format header (first 45 lines) of questions-blind8.mjs — not the answerer,
// its lexicons or phrases, docs/assistant.md, or any other question set; committed before its first run; never used
// to tune.
// The set maps each of the ten locales to its questions (check-set.mjs reads the locale from the key). Each entry is
// [productId, question, expectedSource, expectedValue] or [productId, question, null] (must be declined). A value may
// be a list of alternatives (any one counts): free text shows in whichever of the data's languages is closest to the
// shopper's, a country code is shown by its name in the shopper's language, numbers may be grouped the shopper's way
// (12,800 / 12.800 / 12 800) and sizes and weights may be shown in the shopper's units (so an imperial figure is listed
// next to the metric one).
// The questions are written the way shoppers type on a phone during a live stream: short fragments and long rambling
// ones, typos and missing accents, slang, English words mixed into other languages, context bundled into the question
// ("I'm 170cm…", "for my mum…", "my last pair died…"), negative phrasing ("it won't shrink, right?"), and synonyms
// rather than the field's own word ("what's it made of", "which country makes it", "how soon", "bulb incl?").
// A third are unanswerable: neighbours of fields that exist (shipping cost, shrinking, creasing, sheerness, pockets,
// garment length, neck size, running and cushioning, half sizes, wide feet, insoles, waterproofing, battery, charging
// time, wireless charging, noise-cancelling strength, codecs, Bluetooth version, microphone, sweat resistance,
// folding, dimming, plug type, voltage, cord length, colour temperature, outdoor use, remote, capacity, lid, oven use,
// sets, a warranty or returns where the product has none, skin type, acne, pregnancy, retinol, scent, SPF, wrinkles,
// vegan / cruelty-free, halal), deals, coupons, points and payment plans, and a few off-topic. Delivery to a country
// the data does not list is answerable ("no", and where it does ship), labelled with `shipping.countries` and the
// listed countries' names in the shopper's language. Stock and per-variant price questions name `variants`; return
// questions name `returns` (its window in days).
// `node test/assistant/eval/check-set.mjs questions-blind9.mjs BLIND9` checks the labels against the data.
const S = 'linen-shirt', R = 'rose-serum', H = 'anc-headphones', L = 'oak-lamp', K = 'trail-sneaker', M = 'ceramic-mug';
const LINEN = 'lin';
const SHIRT_CARE = ['cold', 'gentle', 'line dry', 'iron'];
const SHIRT_WASH = ['cold', 'gentle', 'machine wash'];
const SHIRT_DRY = ['line dry', 'line'];
const SHIRT_IRON = ['iron', 'damp'];
const MODEL = ['180', "5'11", '5′11', '5 ft 11'];
const SERUM_INGREDIENTS = ['rosehip', 'hyaluronate', 'tocopherol'];
const HYALURONIC = ['hyaluron'];
const VITAMIN_E = ['tocopherol', 'vitamin e'];
const SERUM_STORE = ['25', '77', 'sunlight'];
const SERUM_OPENED = ['6 month', '6'];
const SERUM_50ML = ['36'];
const SERUM_DAYS = ['7', '14'];
const HEADPHONE_MATERIAL = ['aluminium', 'aluminum', 'protein leather'];
const HEADPHONE_SIZE = ['18', '20', '7.1', '7,1', '7.9', '7,9'];
const HEADPHONE_WEIGHT = ['250', '8.8', '8,8'];
const WARRANTY_2Y = ['2-year', '2 jahre', '2年'];
const MULTIPOINT = ['multipoint', '1.1'];
const BOX_HEADPHONES = ['case', 'usb-c', '3.5'];
const AUDIO_CABLE = ['3.5', '3,5', 'audio'];
const CHARGING_CABLE = ['usb-c', 'charging'];
const PLANE = ['3.5', '3,5', 'in-flight', 'plane'];
const LAMP_SHADE = ['linen', 'shade'];
const LAMP_BOX = ['e27', 'bulb', 'led'];
const LAMP_SWITCH = ['switch', 'cord'];
const LAMP_CARE = ['dry cloth', 'water', 'polish'];
const LAMP_HEIGHT = ['45', '17.7', '17,7'];
const LAMP_WIDTH = ['25', '9.8', '9,8'];
const LAMP_WEIGHT = ['2.4', '2,4', '5.3', '5,3'];
const LAMP_WARRANTY = ['1-year', 'electrical'];
const LAMP_DAYS = ['3', '6'];
const SNEAKER_MATERIAL = ['mesh', 'rubber', 'メッシュ', 'ゴム'];
const SNEAKER_SOLE = ['rubber', 'ゴム'];
const SNEAKER_CARE = ['hand wash', 'machine', '手洗', '洗濯機'];
const SNEAKER_LACES = ['lace', 'wet', '靴ひも', '濡れ'];
const SNEAKER_WEIGHT = ['310', '10.9', '10,9'];
const SNEAKER_PRICE = ['12,800', '12.800', '12 800', '12800'];
const SNEAKER_COLOURS = ['Moss', 'Slate'];
const MUG_MATERIAL = ['stoneware', '炻器', 'glaze', '釉'];
const MUG_HANDMADE = ['hand', 'Mino', '手作り', '美濃'];
const MUG_WARM = ['20'];
const MUG_HEIGHT = ['10', '3.9', '3,9'];
const MUG_PRICE = ['3,800', '3.800', '3 800', '3800'];
const MUG_DAYS = ['6', '10'];
const MUG_COLOURS = ['Indigo', 'Ash'];
// Countries by name, in every locale the set uses (a code is shown by its name in the shopper's language).
const PORTUGAL = ['Portugal', '葡萄牙', 'ポルトガル', '포르투갈', 'البرتغال'];
// 'Corea' (Spanish) added after the first run: the answer "Hecho en Corea del Sur" was right and the list lacked it.
const KOREA = ['Korea', 'Corea', 'Corée', 'Südkorea', 'Coreia', '韩国', '南韓', '韓國', '韓国', '한국', '대한민국', 'كوريا'];
const CHINA = ['China', 'Chine', '中国', '中國', '중국', 'الصين'];
const USA = ['United States', 'USA', 'Estados Unidos', 'États-Unis', 'Vereinigte Staaten', '美国', '美國', 'アメリカ', '미국', 'الولايات المتحدة'];
const DENMARK = ['Denmark', 'Dinamarca', 'Danemark', 'Dänemark', '丹麦', '丹麥', 'デンマーク', '덴마크', 'الدانمرك', 'الدنمارك'];
const VIETNAM = ['Vietnam', 'Viet Nam', 'Vietnã', '越南', 'ベトナム', '베트남', 'فيتنام'];
const JAPAN = ['Japan', 'Japon', 'Japón', 'Japão', '日本', '일본', 'اليابان'];

export const BLIND9 = {
  en: [
    [S, "I'm 170cm and like it a bit loose, what size is the guy on stream wearing?", 'sizeChart.model', MODEL],
    [S, "whats it actually made of? looks kinda thin on camera", 'material', LINEN],
    [S, 'can i just throw it in the dryer or nah', 'care', SHIRT_DRY],
    [S, "it wont shrink after the first wash right?", null],
    [S, 'how much is shipping to canada on this one', null],
    [H, 'my last pair died mid-flight lol, can these plug into the seatback screen thing?', 'faq[0]', PLANE],
    [H, 'which country are these manufactured in', 'origin', CHINA],
    [H, 'how many hours does the battery last on one charge', null],
    [H, 'do they connect to 2 things at once? like laptop + phone', 'knownIssues', MULTIPOINT],
    [R, 'whats the price difference between the small and the big bottle', 'variants', ['36', '24']],
    [R, "for my mum, she's got really sensitive skin — would it be ok for her?", null],
    [R, 'does it need to go in the fridge once opened', 'care', SERUM_STORE],
    [L, 'how tall is the lamp? want it on my nightstand under a shelf thats ~50cm up', 'dimensions', LAMP_HEIGHT],
    [L, 'is it dimmable', null],
    [L, 'bulb incl?', 'inTheBox', LAMP_BOX],
    [K, 'are these any good for proper trail running in mud', null],
    [K, 'shipping to Australia possible?', 'shipping.countries', ['Japan', 'South Korea', 'China', 'Taiwan', 'United States']],
    [M, 'does coffee stay hot in it for a while or nah', 'faq[0]', MUG_WARM],
    [M, 'any promo code for the mug tonight??', null],
    [M, 'how big is it, will it fit under my espresso machine (11cm clearance)', 'dimensions', MUG_HEIGHT],
  ],
  'zh-CN': [
    [R, '这个精华是哪里产的？韩国货吗', 'origin', KOREA],
    [R, '成分发一下 有没有玻尿酸', 'material', HYALURONIC],
    [R, '孕妇能用吗', null],
    [R, '开封以后多久要用完啊', 'care', SERUM_OPENED],
    [H, '耳机多重 戴久了会不会压头', 'weight', HEADPHONE_WEIGHT],
    [H, '银色的还有货没 想要银的', 'variants', ['Silver', 'Black']],
    [H, '降噪能降多少分贝', null],
    [H, '这个headphone保修几年', 'warranty', WARRANTY_2Y],
    [S, '这件是纯麻还是混纺的', 'material', LINEN],
    [S, '白色那件会不会透', null],
    [S, '能寄到中国吗', 'shipping.countries', ['美国', '加拿大', '英国', '德国', '法国', '西班牙', '日本']],
    [L, '台灯灯罩是啥材质', 'material', LAMP_SHADE],
    [L, '插头是欧标还是英标', null],
    [L, '下单后几天能到德国', 'shipping.days', LAMP_DAYS],
    [K, '鞋子可以直接丢洗衣机洗吗', 'care', SNEAKER_CARE],
    [K, '平时穿39码，这双偏大还是偏小', null],
    [K, '多少钱？日元还是人民币', 'price', SNEAKER_PRICE],
    [M, '杯子容量多少毫升', null],
    [M, '能进微波炉吗 办公室热牛奶用', 'care', ['microwave']],
    [M, '有没有满减或者优惠券', null],
  ],
  'zh-TW': [
    [M, '這個杯子是手工做的嗎', 'faq[1]', MUG_HANDMADE],
    [M, '材質是陶還是瓷？', 'material', MUG_MATERIAL],
    [M, '萬一寄來摔破可以退貨嗎', null],
    [M, '寄台灣大概要多久', 'shipping.countries', ['日本', '美國', '英國', '沙烏地阿拉伯', '阿拉伯聯合大公國']],
    [K, '鞋子重量大概多少', 'weight', SNEAKER_WEIGHT],
    [K, '鞋帶會不會一直鬆掉？有什麼已知問題嗎', 'knownIssues', SNEAKER_LACES],
    [K, '防水嗎 下雨天想穿', null],
    [K, '從哪裡出貨的', 'shipping.from', JAPAN],
    [H, '盒子裡有附什麼配件', 'inTheBox', BOX_HEADPHONES],
    [H, '有麥克風可以講電話嗎', null],
    [H, '耳罩是真皮嗎', 'material', ['protein leather']],
    [R, '50ml那瓶多少錢', 'variants', SERUM_50ML],
    [R, '精華可以跟A醇一起用嗎', null],
    [S, '襯衫產地？', 'origin', PORTUGAL],
    [S, '要燙嗎 還是免燙', 'care', SHIRT_IRON],
    [S, '鑑賞期幾天 退貨要自己付運費嗎', 'returns', ['30']],
    [L, '燈的保固多久', 'warranty', LAMP_WARRANTY],
    [L, '有沒有直播限定折扣', null],
    [L, '底座多寬 我桌子很小', 'dimensions', LAMP_WIDTH],
    [R, '油性肌膚適合嗎 夏天怕太油', null],
  ],
  es: [
    [S, 'de que tela es la camisa? se ve muy fresquita', 'material', LINEN],
    [S, 'se puede lavar en lavadora o solo a mano??', 'care', SHIRT_WASH],
    [S, 'mido 1,70, que talla lleva el modelo?', 'sizeChart.model', MODEL],
    [S, 'se arruga mucho? odio planchar', null],
    [S, 'tiene bolsillo en el pecho?', null],
    [R, 'el serum es coreano? de donde viene', 'origin', KOREA],
    [R, 'sirve para el acne? tengo granitos', null],
    [R, 'es vegano / cruelty free?', null],
    [R, 'cuantos dias tarda en llegar a EEUU', 'shipping.days', SERUM_DAYS],
    [H, 'los cascos traen estuche para viajar?', 'inTheBox', ['case']],
    [H, 'son resistentes al agua pa ir al gym', null],
    [H, 'cuánto miden?? pa ver si caben en mi mochila', 'dimensions', HEADPHONE_SIZE],
    [H, 'me llegan a España antes del viernes?', 'shipping.countries', ['Estados Unidos', 'Canadá', 'Reino Unido', 'Alemania', 'Francia', 'Australia']],
    [L, 'la lampara de que madera es', 'material', ['oak']],
    [L, 'cuanto pesa la lampara', 'weight', LAMP_WEIGHT],
    [L, 'se puede limpiar con un trapo humedo?', 'care', LAMP_CARE],
    [K, 'cuanto cuestan las zapas?', 'price', SNEAKER_PRICE],
    [K, 'las zapatillas vienen en otro color aparte del verde?', 'variants', SNEAKER_COLOURS],
    [M, 'hay 2x1 en las tazas?', null],
    [M, 'qué canción está sonando en el live jaja', null],
  ],
  fr: [
    [S, 'elle est en quoi la chemise ? lin ou coton ?', 'material', LINEN],
    [S, 'on peut la repasser ?', 'care', SHIRT_IRON],
    [S, 'livraison en Belgique possible ?', 'shipping.countries', ['États-Unis', 'Canada', 'Royaume-Uni', 'Allemagne', 'France', 'Espagne', 'Japon']],
    [S, "elle taille grand ou petit ? je fais du 38 d'habitude", null],
    [H, 'les écouteurs sont fabriqués où ?', 'origin', CHINA],
    [H, "y a un cable jack dans la boite ? mon pc a pas de bluetooth", 'inTheBox', AUDIO_CABLE],
    [H, "l'autonomie c'est combien d'heures", null],
    [H, 'ils se plient pour le transport ?', null],
    [H, 'expédié depuis quel pays le casque', 'shipping.from', USA],
    [R, 'sérum : il y a de la vitamine E dedans ?', 'material', VITAMIN_E],
    [R, "je peux le laisser dans la salle de bain ? il fait super chaud l'été chez moi", 'care', SERUM_STORE],
    [L, "la lampe pèse combien, c'est pour une étagère un peu fragile", 'weight', LAMP_WEIGHT],
    [L, 'garantie de la lampe ?', 'warranty', LAMP_WARRANTY],
    [L, "c'est quelle température de couleur l'ampoule, blanc chaud ?", null],
    [L, 'elle est fabriquée au Danemark ?', 'origin', DENMARK],
    [K, 'chaussures : le 42 est dispo ?', 'variants', ['42']],
    [K, 'elles ont une garantie ?', null],
    [M, 'le mug passe au lave-vaisselle ?', 'care', ['dishwasher']],
    [M, 'on peut le mettre au four ?', null],
    [M, 'y a un code promo pour le live ?', null],
  ],
  de: [
    [H, 'Wie lange Garantie gibts auf die Kopfhörer?', 'warranty', WARRANTY_2Y],
    [H, 'Akkulaufzeit?', null],
    [H, 'unterstützen die aptX oder LDAC', null],
    [H, 'Lieferung nach Österreich möglich?', 'shipping.countries', ['Vereinigte Staaten', 'Kanada', 'Vereinigtes Königreich', 'Deutschland', 'Frankreich', 'Australien']],
    [H, 'welche farben gibts noch ausser schwarz', 'variants', ['Silver', 'Black']],
    [S, 'Hemd aus welchem Stoff? 100% Leinen?', 'material', LINEN],
    [S, 'darf das hemd in den trockner', 'care', SHIRT_DRY],
    [S, 'bin 1,85 und trage meistens L — welche größe hat das model an', 'sizeChart.model', MODEL],
    [S, 'knittert das schnell?', null],
    [L, 'Welche Fassung hat die Birne, E27 oder E14?', 'inTheBox', ['E27']],
    [L, 'ist ein Schalter am Kabel dran', 'inTheBox', LAMP_SWITCH],
    [L, 'wie lang ist das kabel ungefähr', null],
    [L, 'kann ich die lampe auch auf dem balkon draußen benutzen', null],
    [R, 'wieviel ml sind drin und was kostet die größere flasche', 'variants', SERUM_50ML],
    [R, 'hilft das gegen falten?', null],
    [K, 'Sind die Schuhe vegan?', null],
    [K, 'woher kommen die schuhe, wo hergestellt?', 'origin', VIETNAM],
    [K, 'versand nach deutschland?', 'shipping.countries', ['Japan', 'Südkorea', 'China', 'Taiwan', 'Vereinigte Staaten']],
    [M, 'Tasse aus Porzellan?', 'material', MUG_MATERIAL],
    [M, 'was kostet die tasse (yen ist ok)', 'price', MUG_PRICE],
  ],
  ja: [
    [K, 'このスニーカーの素材なに？', 'material', SNEAKER_MATERIAL],
    [K, '洗濯機で洗える？泥だらけになりそう', 'care', SNEAKER_CARE],
    [K, '42ある？', 'variants', ['42']],
    [K, '雨の日ひも滑るってほんと？', 'knownIssues', SNEAKER_LACES],
    [K, '幅広の足でもいける？', null],
    [M, '美濃焼ですか？手作り？', 'faq[1]', MUG_HANDMADE],
    [M, '食洗機とレンジどっちも大丈夫？', 'care', ['dishwasher', 'microwave']],
    [M, '何ml入る？', null],
    [M, 'いつ届く？東京です', 'shipping.days', MUG_DAYS],
    [M, '蓋はついてますか', null],
    [H, '保証期間は？', 'warranty', WARRANTY_2Y],
    [H, '日本に発送してくれる？', 'shipping.countries', ['アメリカ合衆国', 'アメリカ', 'カナダ', 'イギリス', 'ドイツ', 'フランス', 'オーストラリア']],
    [H, 'ノイキャンの強さ調整できる？', null],
    [S, '麻100%？', 'material', LINEN],
    [S, 'モデルさん何サイズ着てる？身長も知りたい', 'sizeChart.model', MODEL],
    [S, '首回り何cm？', null],
    [R, '開けたらどれくらいもつ？', 'care', SERUM_OPENED],
    [R, 'ポイント還元ある？', null],
    [L, 'ランプの高さ', 'dimensions', LAMP_HEIGHT],
    [L, '日本のコンセントで使える？100V', null],
  ],
  ko: [
    [R, '세럼 성분 뭐 들어가요?', 'material', SERUM_INGREDIENTS],
    [R, '한국 제품 맞나요?', 'origin', KOREA],
    [R, '향 강해요?', null],
    [R, '서울까지 배송 며칠 걸려요', 'shipping.days', SERUM_DAYS],
    [R, '50미리 가격이요', 'variants', SERUM_50ML],
    [H, '헤드폰 무게', 'weight', HEADPHONE_WEIGHT],
    [H, '블루투스 버전 몇이에요', null],
    [H, '펌웨어 문제 있다던데 멀티포인트 돼요?', 'knownIssues', MULTIPOINT],
    [H, '한국으로 배송 돼요?', 'shipping.countries', ['미국', '캐나다', '영국', '독일', '프랑스', '오스트레일리아', '호주']],
    [S, '셔츠 세탁 어떻게 해요', 'care', SHIRT_CARE],
    [S, 'XL 재고 있어요?', 'variants', ['XL']],
    [S, '어디서 만든 거예요', 'origin', PORTUGAL],
    [L, '스탠드 전구 포함이에요?', 'inTheBox', LAMP_BOX],
    [L, '리모컨 있어요?', null],
    [K, '신발 사이즈 뭐뭐 있어요', 'variants', ['38', '40', '44']],
    [K, '반품 기간', 'returns', ['30']],
    [K, '러닝용으로 쿠션 좋아요?', null],
    [M, '머그 색상 뭐 있어요', 'variants', MUG_COLOURS],
    [M, '몇 개 세트예요?', null],
    [M, '라이브 끝나기 전에 사면 할인돼요?', null],
  ],
  'pt-BR': [
    [S, 'a camisa é de linho mesmo ou mistura?', 'material', LINEN],
    [S, 'entrega no Brasil?', 'shipping.countries', ['Estados Unidos', 'Canadá', 'Reino Unido', 'Alemanha', 'França', 'Espanha', 'Japão']],
    [S, 'tenho 1,68 e quero ela mais soltinha, o modelo ta usando qual tamanho', 'sizeChart.model', MODEL],
    [S, 'posso lavar com agua quente?', 'care', ['cold']],
    [H, 'o fone vem com cabo pra carregar?', 'inTheBox', CHARGING_CABLE],
    [H, 'quanto tempo leva pra carregar', null],
    [H, 'de que material é o arco, plastico?', 'material', HEADPHONE_MATERIAL],
    [R, 'tem oleo de rosa mosqueta?', 'material', ['rosehip']],
    [R, 'tem FPS?', null],
    [R, 'se der alergia posso devolver? quantos dias', 'returns', ['14']],
    [L, 'a luminaria é de madeira de verdade?', 'material', ['oak']],
    [L, 'quanto custa a luminária', 'price', ['149']],
    [L, 'ela é enviada de qual país?', 'shipping.from', DENMARK],
    [K, 'tênis tem no 40?', 'variants', ['40']],
    [K, 'é bom pra pé chato?', null],
    [K, 'a palmilha é removível?', null],
    [M, 'a caneca segura o calor do café?', 'faq[0]', MUG_WARM],
    [M, 'parcela em 3x sem juros?', null],
    [M, 'quem é a apresentadora da live?', null],
    [M, 'caneca feita no Japão?', 'origin', JAPAN],
  ],
  ar: [
    [S, 'القميص من اي قماش؟', 'material', LINEN],
    [S, 'هل يوصل للسعودية؟', 'shipping.countries', ['الولايات المتحدة', 'كندا', 'المملكة المتحدة', 'ألمانيا', 'فرنسا', 'إسبانيا', 'اليابان']],
    [S, 'كم سعر القميص', 'price', ['79']],
    [S, 'هل هو طويل من ورا؟ ابغاه يغطي', null],
    [M, 'كم يوم التوصيل للإمارات', 'shipping.days', MUG_DAYS],
    [M, 'يصلح للمايكرويف؟', 'care', ['microwave']],
    [M, 'فيه ضمان على الكوب؟', null],
    [M, 'هل الكوب مصنوع يدويا', 'faq[1]', MUG_HANDMADE],
    [H, 'هل تدعم الشحن اللاسلكي', null],
    [H, 'وش يجي معها في العلبة', 'inTheBox', BOX_HEADPHONES],
    [H, 'كم وزن السماعة', 'weight', HEADPHONE_WEIGHT],
    [R, 'السيروم حلال؟', null],
    [R, 'هل يتأثر بالحرارة؟ الجو عندنا حار', 'care', SERUM_STORE],
    [R, 'السيروم كوري؟', 'origin', KOREA],
    [L, 'الأباجورة كم طولها', 'dimensions', LAMP_HEIGHT],
    [L, 'فيه كود خصم؟', null],
    [L, 'Is the lamp شغالة على 220 فولت؟', null],
    [K, 'الحذاء يتغسل بالغسالة؟', 'care', SNEAKER_CARE],
    [K, 'مقاس 44 موجود؟', 'variants', ['44']],
    [K, 'مين المذيعة؟ حلوة 😍', null],
  ],
};
