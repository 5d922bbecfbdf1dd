// Thirteenth held-out set ("blind13"): written 2026-12-04 by a helper session that read only products.mjs,
// docs/commerce.md, check-set.mjs and the format header (first 45 lines) of questions-blind8.mjs — not the answerer,
// its lexicons or phrases, docs/assistant.md, or any other question set; never used to tune.
// The set maps each of the ten locales to its questions (check-set.mjs reads the locale from the key). Each entry is
// [productId, question, expectedSource, expectedValue] or [productId, question, null] (must be declined). A value may
// be a list of alternatives (any one counts): free text shows in whichever of the data's languages is closest to the
// shopper's, a country code is shown by its name in the shopper's language, numbers may be grouped the shopper's way
// (12,800 / 12.800 / 12 800) and sizes and weights may be shown in the shopper's units (so an imperial figure is listed
// next to the metric one).
// This set's emphasis is the shopper typing on a phone while the live video plays: two-to-four-word fragments,
// "the one she's holding" / "this", polite long forms, numbers in the shopper's units (inches, pounds), colours and
// countries named in the shopper's language, a few typos and missing accents, English product words inside other
// languages. Every question asks about one field only.
// A third (67 of 200) are unanswerable: facts the product's data lacks (battery, microphone, folding, dimming, plug,
// voltage, bulb wattage, lumens, capacity, lid, shirt weight, fit, stretch, sheerness, creasing, waterproofing, wide
// feet, mug returns…), opinions, comparisons with other brands, future events, skin and medical advice, payment and
// deals, and a few off-topic. Delivery to a country the data does not list is answerable ("no", and where it does
// ship), labelled with `shipping.countries` and the listed countries' names in the shopper's language. Stock and
// per-variant price questions name `variants`; return questions name `returns` (its window in days). The mug's origin
// is not asked (its FAQ says where it is made too).
// `node test/assistant/eval/check-set.mjs questions-blind13.mjs BLIND13` checks the labels against the data.
const S = 'linen-shirt', R = 'rose-serum', H = 'anc-headphones', L = 'oak-lamp', K = 'trail-sneaker', M = 'ceramic-mug';
const LINEN = ['lin'];
const MODEL = ['M', '180'];
const SHIRT_CARE = ['cold', 'gentle', 'line dry', 'iron'];
const SERUM_INGREDIENTS = ['rosehip', 'hyaluronate', 'tocopherol'];
const HYALURONIC = ['hyaluron'];
const VITAMIN_E = ['tocopherol', 'vitamin e'];
const SERUM_OPENED = ['6 month', '6'];
const SERUM_STORE = ['25', '77', 'sunlight'];
const SERUM_50ML = ['36'];
const H_WEIGHT = ['250', '0.55', '0,55', '8.8', '8,8'];
const H_SIZE = ['18', '20', '7.1', '7,1', '7.9', '7,9'];
const H_BOX = ['case', 'usb-c', 'charging'];
const WARRANTY_2Y = ['2-year', '2 jahre', '2年'];
const MULTIPOINT = ['multipoint', '1.1'];
const PLANE = ['3.5', '3,5', 'in-flight', 'plane'];
const LAMP_MATERIAL = ['oak', 'linen'];
const LAMP_BOX = ['e27', 'bulb', 'led'];
const LAMP_CARE = ['dry cloth', 'water', 'polish'];
const LAMP_HEIGHT = ['45', '17.7', '17,7'];
const LAMP_SIZE = ['25', '45', '9.8', '9,8', '17.7', '17,7'];
const LAMP_WEIGHT = ['2.4', '2,4', '5.3', '5,3'];
const LAMP_WARRANTY = ['1-year', '1 year', 'electrical'];
const SNEAKER_MATERIAL = ['mesh', 'rubber', 'メッシュ', 'ゴム'];
const SNEAKER_CARE = ['hand wash', 'machine', '手洗い', '洗濯機'];
const SNEAKER_WEIGHT = ['310', '10.9', '10,9'];
const SNEAKER_PRICE = ['12800', '12,800', '12.800', '12 800'];
const LACES = ['lace', '靴ひも', 'slipp'];
const MUG_MATERIAL = ['stoneware', '炻器'];
const MUG_SIZE = ['9', '10', '3.5', '3,5', '3.9', '3,9'];
const MUG_HEIGHT = ['10', '3.9', '3,9'];
const MUG_HOT = ['20 min', '20', 'insulated'];
const HANDMADE = ['by hand', 'hand', '手作り', 'Mino', '美濃'];
const MUG_PRICE = ['3800', '3,800', '3.800', '3 800'];
const MUG_DAYS = ['6', '10'];

export const BLIND13 = {
  en: [
    [S, 'waht fabric is it', 'material', LINEN],
    [S, 'what size is she wearing', 'sizeChart.model', MODEL],
    [S, 'sand in large still avail?', 'variants', ['Sand']],
    [S, 'does it shrink?', null],
    [R, 'how many ml is the $36 one', 'variants', ['50 ml', '50']],
    [R, 'safe while breastfeeding?', null],
    [R, 'Hi! Could you please tell me how long the serum keeps once it has been opened? Thank you so much', 'care', SERUM_OPENED],
    [H, 'under a pound?', 'weight', H_WEIGHT],
    [H, "the one she's holding - what comes in the box", 'inTheBox', H_BOX],
    [H, 'battery life?', null],
    [H, 'better than bose qc45?', null],
    [L, 'how tall in inches', 'dimensions', LAMP_HEIGHT],
    [L, 'ship to UK?', 'shipping.countries', ['Denmark', 'Germany', 'Sweden', 'Norway', 'France', 'Netherlands']],
    [L, 'is it dimmable', null],
    [K, 'size 42 in stock?', 'variants', ['42', 'Slate']],
    [K, 'any issues with these?', 'knownIssues', LACES],
    [M, 'keeps coffee hot?', 'faq[0]', MUG_HOT],
    [M, 'is this mug under 4 inches tall', 'dimensions', MUG_HEIGHT],
    [M, 'returns on the mug?', null],
    [M, 'any promo code for tonight?', null],
  ],
  'zh-CN': [
    [S, '这件衬衫多少钱', 'price', ['79']],
    [S, '产地？', 'origin', ['葡萄牙', 'Portugal']],
    [S, '能寄到德国吗', 'shipping.countries', ['德国', 'Germany']],
    [S, '透不透', null],
    [R, '成分有啥', 'material', SERUM_INGREDIENTS],
    [R, '孕妇能用这个serum吗', null],
    [R, '下周直播还会有优惠吗', null],
    [H, '您好，请问主播手上这款耳机大概多重呀？谢谢', 'weight', H_WEIGHT],
    [H, '保修多久', 'warranty', WARRANTY_2Y],
    [H, '有没有麦克风', null],
    [H, '银色还有货吗', 'variants', ['Silver', '银']],
    [L, '灯的尺寸', 'dimensions', LAMP_SIZE],
    [L, '送灯泡吗', 'inTheBox', LAMP_BOX],
    [L, '插头是什么规格', null],
    [K, '鞋子什么材质', 'material', SNEAKER_MATERIAL],
    [K, '防水吗', null],
    [K, '退货期多长', 'returns', ['30']],
    [M, '是手工做的吗', 'faq[1]', HANDMADE],
    [M, '能进洗碗机吗', 'care', ['dishwasher']],
    [M, '可以用花呗付款吗', null],
  ],
  'zh-TW': [
    [S, '是亞麻的嗎', 'material', LINEN],
    [S, '模特兒穿幾號', 'sizeChart.model', MODEL],
    [S, '寄台灣嗎', 'shipping.countries', ['美國', '加拿大', '英國', '德國', '法國', '西班牙', '日本']],
    [S, '會不會皺', null],
    [R, '50ml 多少錢', 'variants', SERUM_50ML],
    [R, '敏感肌可以用嗎', null],
    [R, '寄到台灣要幾天', 'shipping.days', ['7', '14']],
    [H, '耳機是哪裡製造的', 'origin', ['中國', '中国', 'China']],
    [H, '飛機上能用嗎', 'faq[0]', PLANE],
    [H, '有防水嗎 運動用', null],
    [L, '燈多重', 'weight', LAMP_WEIGHT],
    [L, '這個 lamp 保固多久', 'warranty', LAMP_WARRANTY],
    [L, '燈罩什麼材質', 'material', ['linen']],
    [K, '這雙還有哪些尺寸', 'variants', ['38', '40', '44']],
    [K, '可以丟洗衣機嗎', 'care', SNEAKER_CARE],
    [K, '跟 Nike Pegasus 比哪個好', null],
    [M, '請問一下這個馬克杯的尺寸大概多大呢？謝謝', 'dimensions', MUG_SIZE],
    [M, '容量多少ml', null],
    [M, '有沒有買二送一', null],
    [M, '背景音樂是什麼歌', null],
  ],
  es: [
    [S, 'precio?', 'price', ['79']],
    [S, 'como se lava', 'care', SHIRT_CARE],
    [S, 'envian a Mexico?', 'shipping.countries', ['Estados Unidos', 'Canadá', 'Reino Unido', 'Alemania', 'Francia', 'España', 'Japón']],
    [S, 'queda holgada o ajustada?', null],
    [R, 'de donde es el serum', 'origin', ['Corea']],
    [R, 'sirve para el acne?', null],
    [R, 'cuándo sale el de 100 ml?', null],
    [H, 'cuanto miden en pulgadas', 'dimensions', H_SIZE],
    [H, 'vienen con estuche?', 'inTheBox', ['case', 'estuche']],
    [H, 'se pueden doblar?', null],
    [H, 'Hola, disculpe, ¿me podría decir desde dónde envían los audífonos? Gracias', 'shipping.from', ['Estados Unidos', 'United States']],
    [L, 'la lámpara que tiene en la mano, ¿de qué madera es?', 'material', ['oak', 'roble']],
    [L, 'envío a España?', 'shipping.countries', ['Dinamarca', 'Alemania', 'Suecia', 'Noruega', 'Francia', 'Países Bajos']],
    [L, 'es más bonita que la de IKEA?', null],
    [K, 'tienen talla 40 en verde?', 'variants', ['40', 'Moss']],
    [K, 'sirven para correr maratón?', null],
    [K, 'las sneakers pesan mucho?', 'weight', SNEAKER_WEIGHT],
    [M, 'se puede meter al microondas', 'care', ['microwave', 'microondas']],
    [M, 'envían a Arabia Saudita?', 'shipping.countries', ['Arabia Saudí', 'Arabia Saudita']],
    [M, 'hay descuento si compro dos?', null],
  ],
  fr: [
    [S, 'taille du mannequin ?', 'sizeChart.model', MODEL],
    [S, 'le blanc en S, dispo ?', 'variants', ['White', 'blanc']],
    [S, "expédiée d'où ?", 'shipping.from', ['Portugal']],
    [S, 'ça gratte ?', null],
    [R, 'il y a de la vitamine E dedans ?', 'material', VITAMIN_E],
    [R, 'ça marche contre les rides ?', null],
    [R, 'retour gratuit ?', 'returns', ['14']],
    [H, 'ils pesent combien', 'weight', H_WEIGHT],
    [H, 'le multipoint ça marche ?', 'knownIssues', MULTIPOINT],
    [H, 'livraison en Suisse ?', 'shipping.countries', ['États-Unis', 'Canada', 'Royaume-Uni', 'Allemagne', 'France', 'Australie']],
    [H, 'la réduction de bruit est bonne ?', null],
    [L, "Bonjour, pourriez-vous me dire comment entretenir la lampe s'il vous plaît ?", 'care', LAMP_CARE],
    [L, 'fabriquée où ?', 'origin', ['Danemark']],
    [L, 'prix de la lampe ?', 'price', ['149']],
    [L, 'ampoule de combien de watts ?', null],
    [K, 'les lacets glissent ?', 'knownIssues', LACES],
    [K, 'il y a une promo pendant le live ?', null],
    [K, 'ça taille grand ?', null],
    [M, "celle qu'elle tient, c'est fait main ?", 'faq[1]', HANDMADE],
    [M, 'paiement en 3 fois possible ?', null],
  ],
  de: [
    [S, "Gibt's das Hemd in Sand in L?", 'variants', ['Sand']],
    [S, 'Rückgabe kostenlos?', 'returns', ['30']],
    [S, 'Lieferzeit nach Deutschland', 'shipping.days', ['5', '9']],
    [S, 'Wie viel wiegt das Hemd', null],
    [R, 'Hyaluron drin?', 'material', HYALURONIC],
    [R, 'Liefert ihr nach Deutschland?', 'shipping.countries', ['Südkorea', 'Korea', 'Japan', 'Vereinigte Staaten', 'USA', 'China', 'Taiwan']],
    [R, 'Ist das Serum tierversuchsfrei?', null],
    [H, 'Garantie wie lang?', 'warranty', WARRANTY_2Y],
    [H, 'Ladekabel dabei?', 'inTheBox', ['USB-C', 'charging']],
    [H, 'Wie lange laden die?', null],
    [H, 'Besser als AirPods Max?', null],
    [L, 'Guten Abend! Könnten Sie mir bitte sagen, ob die Lampe in ein 40 cm hohes Regal passt?', 'dimensions', ['45']],
    [L, 'Wie schwer ist die Lampe in Pfund?', 'weight', LAMP_WEIGHT],
    [L, 'Hat die einen Stecker für UK?', null],
    [K, 'Trocknergeeignet?', 'care', ['tumble', '乾燥機']],
    [K, 'Für breite Füße geeignet?', null],
    [K, 'Was kosten die Schuhe', 'price', SNEAKER_PRICE],
    [M, 'Die Tasse, die sie gerade hält – aus welchem Material?', 'material', MUG_MATERIAL],
    [M, 'Versand aus Japan?', 'shipping.from', ['Japan']],
    [M, 'Gibt es einen Gutscheincode?', null],
  ],
  ja: [
    [S, 'このシャツ素材なに？', 'material', LINEN],
    [S, '日本に届くまで何日？', 'shipping.days', ['5', '9']],
    [S, '彼女が着てるの似合ってる？', null],
    [S, '透けますか', null],
    [R, '恐れ入りますが、開封後はどのくらいの期間使えますでしょうか？', 'care', SERUM_OPENED],
    [R, '50mlは在庫ありますか', 'variants', ['50 ml', '50']],
    [R, '日焼け止めと一緒に使ってもいい？', null],
    [H, 'マルチポイント対応？', 'knownIssues', MULTIPOINT],
    [H, '日本に発送してますか', 'shipping.countries', ['アメリカ', 'カナダ', 'イギリス', 'ドイツ', 'フランス', 'オーストラリア']],
    [H, 'Apple Payで払える？', null],
    [H, 'ソニーのXM5と比べてどう？', null],
    [L, '返品できますか', 'returns', ['14']],
    [L, '高さ何センチ', 'dimensions', ['45']],
    [L, 'タイマー機能ある？', null],
    [K, 'このスニーカー何か不具合ある？', 'knownIssues', LACES],
    [K, '38在庫ある？', 'variants', ['38', 'Moss']],
    [K, 'どこの国で作ってる？', 'origin', ['ベトナム', 'Vietnam']],
    [M, 'これ手づくり？', 'faq[1]', HANDMADE],
    [M, '藍色のマグある？', 'variants', ['Indigo']],
    [M, '次の配信はいつ？', null],
  ],
  ko: [
    [S, '모델 키 몇이에요', 'sizeChart.model', ['180']],
    [S, '한국 배송 돼요?', 'shipping.countries', ['미국', '캐나다', '영국', '독일', '프랑스', '스페인', '일본']],
    [S, '이 셔츠 잘 늘어나요?', null],
    [R, '원산지 어디', 'origin', ['대한민국', '한국']],
    [R, '50ml 짜리는 얼마예요', 'variants', SERUM_50ML],
    [R, '아토피 피부에 괜찮아요?', null],
    [H, '헤드폰 가격?', 'price', ['199']],
    [H, '지금 들고 있는 거 실버 재고 있어요?', 'variants', ['Silver', '실버']],
    [H, '크기 인치로', 'dimensions', H_SIZE],
    [H, '무선 충전 돼요?', null],
    [H, '반품 무료인가요?', 'returns', ['30']],
    [L, '미국으로 배송?', 'shipping.countries', ['덴마크', '독일', '스웨덴', '노르웨이', '프랑스', '네덜란드']],
    [L, '전구 밝기 몇 루멘?', null],
    [L, '소재가 뭐예요 원목?', 'material', ['oak']],
    [K, '세탁기 돌려도 돼요?', 'care', SNEAKER_CARE],
    [K, '안녕하세요, 혹시 한국까지 배송은 며칠 정도 걸리는지 알 수 있을까요?', 'shipping.days', ['4', '8']],
    [K, '반 사이즈 업 해야 돼요?', null],
    [M, '전자레인지 돼요', 'care', ['microwave']],
    [M, '보온 돼요?', 'faq[0]', MUG_HOT],
    [M, '할인 쿠폰 있어요?', null],
  ],
  'pt-BR': [
    [S, 'é de linho?', 'material', LINEN],
    [S, 'entrega no Brasil?', 'shipping.countries', ['Estados Unidos', 'Canadá', 'Reino Unido', 'Alemanha', 'França', 'Espanha', 'Japão']],
    [S, 'posso devolver?', 'returns', ['30']],
    [S, 'a modelo tá usando qual tamanho', 'sizeChart.model', MODEL],
    [R, 'tem ácido hialurônico?', 'material', HYALURONIC],
    [R, 'serve pra pele oleosa?', null],
    [R, 'como guardar esse serum', 'care', SERUM_STORE],
    [H, 'esse que ela tá segurando pesa quanto em libras?', 'weight', H_WEIGHT],
    [H, 'tem garantia?', 'warranty', WARRANTY_2Y],
    [H, 'tem modo ambiente?', null],
    [H, 'parcelam no cartão?', null],
    [L, 'Oi, boa noite! Vocês poderiam me dizer se a luminária cabe numa prateleira de 20 polegadas de altura? Obrigada', 'dimensions', LAMP_HEIGHT],
    [L, 'vem com lampada?', 'inTheBox', LAMP_BOX],
    [L, 'é bivolt?', null],
    [K, 'material do solado', 'material', ['rubber', 'ゴム']],
    [K, 'tem o 44 cinza?', 'variants', ['44', 'Slate']],
    [K, 'serve pra trilha pesada?', null],
    [M, 'da pra colocar no lava-louças', 'care', ['dishwasher']],
    [M, 'envia pros Emirados?', 'shipping.countries', ['Emirados Árabes Unidos', 'Emirados']],
    [M, 'tem frete grátis?', null],
  ],
  ar: [
    [S, 'القماش كتان؟', 'material', LINEN],
    [S, 'الموديل لابس مقاس كم؟', 'sizeChart.model', MODEL],
    [S, 'يوصل الإمارات؟', 'shipping.countries', ['الولايات المتحدة', 'كندا', 'المملكة المتحدة', 'ألمانيا', 'فرنسا', 'إسبانيا', 'اليابان']],
    [R, 'المكونات', 'material', SERUM_INGREDIENTS],
    [R, 'هل هو حلال؟', null],
    [R, 'ينفع للهالات السوداء؟', null],
    [H, 'من وين يتم الشحن', 'shipping.from', ['الولايات المتحدة', 'United States']],
    [H, 'اللي ماسكته هي، ايش في العلبة؟', 'inTheBox', H_BOX],
    [H, 'هل الـ headphones فيها ميكروفون', null],
    [L, 'الأباجورة مصنوعة من ايش؟', 'material', LAMP_MATERIAL],
    [L, 'مدة الضمان', 'warranty', LAMP_WARRANTY],
    [L, 'توصلون قطر؟', 'shipping.countries', ['الدانمرك', 'الدنمارك', 'ألمانيا', 'السويد', 'النرويج', 'فرنسا', 'هولندا']],
    [K, 'وزن الحذاء', 'weight', SNEAKER_WEIGHT],
    [K, 'مقاس 40 متوفر؟', 'variants', ['40', 'Moss']],
    [K, 'هل يناسب مرضى السكري؟', null],
    [M, 'بكم الكوب؟', 'price', MUG_PRICE],
    [M, 'السلام عليكم، لو سمحت كم يوم يأخذ التوصيل للسعودية؟', 'shipping.days', MUG_DAYS],
    [M, 'يحافظ على حرارة القهوة؟', 'faq[0]', MUG_HOT],
    [M, 'فيه تقسيط؟', null],
    [M, 'كم سعة الكوب بالمل', null],
  ],
};
