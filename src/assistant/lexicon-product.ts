import type { Intent, Lexicon } from './intents.js';

// Keywords in the 10 UI languages (en, zh-CN, zh-TW, es, fr, de, ja, ko, pt-BR, ar), written after normalisation
// (lower case, no Latin accents; Arabic alef/teh marbuta folded), so "algodón" is written "algodon".
export const PRODUCT_LEXICON: Partial<Record<Intent, Lexicon>> = {
  material: {
    strong: [
      'hecha de', 'hecho con', 'de que esta hech*', 'de que estan hech*', 'que material', 'hecha con', 'fabricado con', 'feita de', 'feito com', 'consist*', 'besteht aus', 'se compose', 'compose de', 'composto de', 'يتكون', 'مكون من', '由什么', '用什么做', '用什麼做', '什么料', '什麼料', '원재료', '뭐로 만들',
      'material*', 'fabric*', 'made of', 'made from', 'cotton', 'wool*', 'leather*', 'polyester', 'silk*', 'linen', 'nylon', 'plastic',
      'ingredient*', 'composition', 'textile*', 'what is it made', 'tela', 'telas', 'tejido*', 'hecho de', 'algodon', 'lana', 'cuero', 'seda',
      'poliester', 'ingrediente*', 'composicion', 'matiere*', 'tissu*', 'fait de', 'en quoi', 'coton', 'laine', 'cuir', 'soie', 'lin', 'lino', 'linho', 'leinen',
      'stoff*', 'gewebe', 'baumwoll*', 'wolle', 'leder*', 'seide', 'inhaltsstoff*', 'zusammensetzung', 'woraus', 'aus was', 'tecido*',
      'feito de', 'algodao', 'couro', 'composicao', 'materia', 'materiais', 'materiales',
      '材质', '材質', '材料', '面料', '布料', '成分', '什么做的', '什麼做的', '羊毛', '皮革', '真皮', '纯棉', '純棉', '棉质', '棉質',
      '素材', '生地', '原材料', 'コットン', 'ウール', 'レザー', '何でできて', '何で作られ', '綿',
      '소재', '재질', '원단', '성분', '재료', '가죽', '울 소재', '면 소재', '무엇으로 만들',
      'خامه', 'الخامه', 'ماده', 'المواد', 'قماش', 'مصنوع من', 'مصنوعه من', 'قطن', 'صوف', 'جلد', 'حرير', 'مكونات', 'تركيبه',
    ],
    weak: ['made', 'metal*', 'wood*', 'steel', 'glass', '木', '金属', '金屬', 'hecho', 'fait', 'feito', 'aus'],
  },
  care: {
    strong: [
      'how do i clean', 'washing instructions', 'microwave*', 'micro ondes', 'microondas', 'micro ondas', 'mikrowell*', '微波', '電子レンジ', '전자레인지', 'ميكروويف', 'مايكرويف', 'الميكرويف',
      'wie reinige', 'lavar a mano', 'entretenir', 'como lavar', 'como se lava',
      'wash*', 'care', 'clean*', 'iron', 'ironing', 'dry clean*', 'tumble', 'dryer', 'bleach', 'laundr*', 'dishwasher*', 'hand wash',
      'lavar', 'lavable', 'lavado', 'lavadora', 'lavarse', 'lava', 'cuidado*', 'limpi*', 'planch*', 'secadora', 'lejia', 'lavavajillas',
      'laver', 'lave', 'lavage', 'lavee', 'entretien*', 'nettoy*', 'repass*', 'seche-linge', 'javel', 'lave-vaisselle', 'machine a laver',
      'wasch*', 'wasche*', 'pflege*', 'reinig*', 'bugel*', 'trockner', 'spulmaschin*', 'spulmaschinen*', 'lavavel', 'lavagem', 'lava-loucas',
      'limpar', 'limpeza', 'alvejante', 'cuidados',
      '清洗', '水洗', '机洗', '機洗', '手洗', '干洗', '乾洗', '洗衣机', '洗衣機', '保养', '保養', '熨烫', '熨燙', '烘干', '烘乾', '洗碗机',
      '洗碗機', '清洁', '清潔', '怎么洗', '怎麼洗', '能洗', '可以洗',
      '洗濯', '洗え', '洗う', '洗い', '洗って', '手洗い', '洗濯機', 'ドライクリーニング', 'お手入れ', '手入れ', 'アイロン', '乾燥機', '食洗機', '洗い方',
      '세탁', '빨래', '손세탁', '드라이클리닝', '다림질', '건조기', '식기세척기', '세척', '빨아', '관리 방법', '관리방법',
      'غسيل', 'غسل', 'يغسل', 'الغساله', 'غساله', 'تنظيف', 'العنايه', 'عنايه', 'مجفف', 'كوي',
      // Storage and shelf life once opened (a cosmetic's care text says both), wiping a part clean, the machine.
      'once open*', 'after open*', 'shelf life', 'expiry', 'expiration', 'how store', 'store it', 'fridge', 'refrigera*', 'wipe*', 'damp cloth', 'reheat*',
      'in the machine', 'vez abiert*', 'despues de abrir*', 'caducidad', 'vida util', 'vencimiento', 'como guard*', 'se conserv*', 'conservar*', 'conserver', 'conservation', 'nevera', 'trapo',
      'en el micro', 'al micro', 'fois ouvert*', 'apres ouverture', 'peremption', 'perime*', 'frigo', 'essuy*', 'chiffon', 'en machine', 'au micro',
      'nach offnen', 'geoffnet', 'mindesthaltbar*', ['wie lange', 'haltbar*'], 'aufbewahr*', 'lagern', 'lagerung', 'kuhlschrank', 'sauber', 'putz*',
      'abwisch*', 'wisch*', 'feucht*', 'in maschine', 'depois abert*', 'apos abert*', 'depois abrir', 'validade', 'vencimento', 'armazen*', 'geladeira',
      'pano umido', 'pano molhado', 'na maquina', 'no micro', '机器洗', '機器洗', '开封', '開封', '拆封', '保质期', '保存', '存放', '储存', '儲存', '放多久', '冰箱', '过期',
      '過期', '湿布', '濕布', '抹布', '保管', '使用期限', '消費期限', '冷蔵', '拭', 'レンジ', '개봉', '유통기한', '사용기한', '보관', '냉장', '닦', '물티슈',
      '렌지', 'بعد الفتح', 'بعد فتح', 'الصلاحيه', 'صلاحيته', 'صلاحيتها', 'تاريخ الانتهاء', 'تخزين', 'احفظ', 'الثلاجه', 'مسح', 'مبلل', 'ميكرو',
    ],
    weak: ['洗', 'dry', 'secar', 'secher', 'trocknen', '관리', '擦'],
  },
  origin: {
    strong: [
      'de donde viene', 'which country', 'what country', ['where', 'made'], ['where', 'manufactur*'], ['where', 'produced'], 'de que pais', 'que pais', 'de donde son',
      'de donde vienen', ['donde', 'fabric*'], ['donde', 'hech*'], ['donde', 'produc*'], 'quel pays', 'de quel pays', ['ou', 'fabrique*'], ['ou', 'produit*'],
      'welches land', 'welchem land', ['wo', 'hergestellt'], ['wo', 'produziert'], 'qual pais', 'de qual pais', 'em que pais', ['onde', 'fabricad*'],
      ['onde', 'feit*'], ['onde', 'produzid*'], '哪个国家', '哪個國家', '什么国家', '什麼國家', '哪国', '哪國', '产的', '產的', '製的', '制的', 'どこ産', '製ですか',
      '어디 나라', '만든 나라', 'من اي بلد', 'اي بلد', 'ما بلد', 'onde e produzido', 'de onde e', 'where was this made', 'ou est-ce fabrique', 'wo kommt es her',
      'made in', 'where is it made', 'where was it made', 'where is it from', 'where does it come from', 'country of origin', 'origin*',
      'manufactur*', 'produced in', 'where is it produced', 'where is this made', 'hecho en', 'fabricado en', 'fabricada en', 'origen', 'procedencia',
      'de donde es', 'donde se hace', 'donde se fabrica', 'producido en', 'ou fabrique*', 'ou produit', 'fabrique au', 'fabriquee au', 'fabrique aux', 'fait au', 'produit au', 'provenance', 'fabrication',
      "d'ou vient", 'hergestellt in', 'herkunft*', 'ursprung*', 'produziert in', 'herstellungsland', 'wo hergestellt',
      'wo wird es hergestellt', 'feito em', 'fabricado em', 'fabricada em', 'origem', 'de onde vem', 'produzido em', 'fabricacao', 'onde e feito',
      'onde e fabricado', '产地', '產地', '哪里产', '哪裡產', '哪里生产', '哪裡生產', '哪里制造', '哪裡製造', '原产', '原產', '哪国产', '哪國產',
      '哪个国家生产', '哪個國家生產', '哪里做的', '哪裡做的', '原産', '産地', '生産国', '製造国', 'どこ製', 'どこで作', '原産国', 'どこの国',
      'どこで製造', '国産', '원산지', '제조국', '어디서 만들', '어디에서 만들', '생산지', '어디 제품', '어느 나라', '생산국', '어디서 생산',
      'بلد المنشا', 'المنشا', 'منشا', 'صنع في', 'مصنوع في', 'مصنوعه في', 'اين يصنع', 'بلد الصنع', 'اين صنع',
      "vien* d'ou", 'vien* d ou', 'provien*', 'stamm*', 'مصدر', ['وين', 'صنع'],
    ],
    weak: [
      // "Comes from …": about the origin when a country is named ("kommt die aus Dänemark?"), too vague without one, as
      // "fait"/"fabriqué en" are ("fait en France", "fait en lin").
      'is it from', 'are they from', 'vien* d*', 'komm* aus', 'vem d*', '来自', '來自', '进口', '進口', '에서 만든', '에서 만들', '에서 왔', '산이에요', '산인가요',
      'جاي من', 'مستورد', 'من وين', 'منين',
      'come from', 'woher', 'produced', 'made', 'hergestellt', 'produziert', 'fabrique*', 'fabricad*', 'feito', 'hecho', 'fait', 'produit',
      '制造', '製造', '生产', '生產', '제조', 'انتاج', 'صنع', '産', '产', '產',
    ],
  },
  dimensions: {
    strong: [
      'dimension*', 'how big', 'how large', 'how tall', 'how high', 'que altura', 'que tan alto', 'que tan alta', 'quelle hauteur', 'qual a altura',
      '多高', '多宽', '多寬', '多长', '多長', '何センチ', '몇 센치', '몇 cm', 'measurement*', 'width', 'how wide', 'depth', 'how deep', 'length', 'how tall is it', 'cm',
      'centimet*', 'inch*', 'dimensiones', 'medida*', 'ancho', 'altura', 'profundidad', 'largo', 'que tan grande', 'cuanto mide', 'mide',
      'largeur', 'hauteur', 'profondeur', 'longueur', 'encombrement', 'mesure*', 'abmessung*', 'breite', 'hohe', 'tiefe', 'wie gross ist',
      'wie breit', 'wie hoch', 'dimensoes', 'largura', 'profundidade', 'comprimento', 'qual o tamanho do', 'quanto mede',
      '尺寸', '多大', '长宽高', '長寬高', '宽度', '寬度', '高度', '长度', '長度', '深度', '厘米', '公分', '寸法', '大きさ', '高さ', '奥行',
      '長さ', '縦横', 'センチ', '크기', '치수', '가로', '세로', '높이', '깊이', '길이', '폭이', 'ابعاد', 'الابعاد', 'حجم', 'الحجم', 'طول',
      'عرض', 'ارتفاع', 'عمق', 'سنتيمتر', 'سم',
    ],
    weak: ['big', 'large', 'tall', 'wide', 'long', 'tamano', 'grande', 'taille', 'grosse', 'lange', 'tamanho', 'サイズ', '사이즈', 'مقاس', '大小', 'format'],
  },
  weight: {
    strong: [
      'weigh*', 'heavy', 'kg', 'kilo*', 'pound*', 'lbs', 'grams', 'peso*', 'pesa*', 'pesado', 'gramos', 'libras', 'poids', 'pese', 'lourd*',
      'grammes', 'gewicht*', 'wiegt', 'schwer', 'gramm', 'quilo*', 'gramas', '重量', '多重', '重不重', '几公斤', '幾公斤', '公斤', '重さ',
      '重い', '何キロ', 'キロ', 'グラム', '무게', '무겁', '몇킬로', '킬로', '중량', '그램', 'وزن', 'الوزن', 'ثقيل', 'كيلو', 'يزن', 'جرام', 'غرام',
    ],
  },
  colours: {
    strong: [
      'color*', 'colour*', 'shade*', 'colores', 'tono*', 'couleur*', 'teinte*', 'farb*', 'cor', 'cores', 'tonalidade*', '颜色', '顏色', '色号',
      '色號', '配色', '色', 'カラー', '色味', '색상', '색깔', '컬러', 'لون', 'الوان', 'الالوان', 'اللون',
    ],
  },
  colourAccuracy: {
    strong: [
      ['color*', 'real life'], ['color*', 'in person'], ['color*', 'accurate'], ['color*', 'photo*'], ['color*', 'picture*'], ['color*', 'true'],
      ['colour*', 'real life'], ['colour*', 'in person'], ['colour*', 'accurate'], ['colour*', 'photo*'], ['colour*', 'picture*'], ['colour*', 'true'],
      ['color', 'realidad'], ['color', 'foto*'], ['color', 'persona'], ['color', 'real'], ['couleur*', 'vrai'], ['couleur*', 'realite'],
      ['couleur*', 'photo*'], ['farb*', 'echt'], ['farb*', 'wirklichkeit'], ['farb*', 'foto*'], ['farb*', 'bild*'], ['cor', 'real'],
      ['cor', 'foto*'], ['cor', 'pessoalmente'], ['cores', 'foto*'], ['色', '实物'], ['色', '實物'], ['色', '照片'], ['色', '实际'], ['色', '實際'],
      '色差', ['色', '実物'], ['色', '写真'], ['色', '実際'], ['색', '실물'], ['색', '사진'], ['색', '실제'], ['لون', 'الحقيقه'], ['لون', 'الصوره'],
      ['لون', 'الواقع'], 'same as the picture', 'look like the photo', 'looks like the picture', 'real life', 'in person', 'natural light',
      '实物', '實物', '実物', '실물', 'في الحقيقه', 'en persona', 'en vrai', 'in echt', 'pessoalmente', 'na vida real',
    ],
  },
  sizes: {
    strong: [
      'size*', 'what sizes', 'talla*', 'taille*', 'tailles', 'grossen', 'tamanhos', '尺码', '尺碼', '码数', '碼數', '号码', '號碼', '码', '碼',
      'サイズ', '사이즈', 'مقاس', 'المقاسات', 'مقاسات',
    ],
    weak: ['grosse', 'tamanho', 'xs', 'xl', 'xxl', '치수'],
  },
  model: {
    strong: [
      ['model*', 'size*'], ['模特', '高'], ['model*', 'how tall'], ['model*', 'wear*'], ['model*', 'tall'], ['model*', 'height'], ['modelo', 'talla'], ['modelo', 'lleva'],
      ['modelo', 'mide'], ['mannequin', 'taille'], ['mannequin', 'porte'], ['mannequin', 'mesure'], ['model', 'grosse'], ['model', 'tragt'],
      ['model', 'gross'], ['modelo', 'tamanho'], ['modelo', 'veste'], ['modelo', 'usa'], ['modelo', 'altura'], ['模特', '码'], ['模特', '碼'],
      ['模特', '穿'], ['模特', '身高'], ['モデル', 'サイズ'], ['モデル', '着用'], ['モデル', '身長'], ['모델', '사이즈'], ['모델', '착용'],
      ['모델', '입'], ['모델', '키'], ['عارضه', 'مقاس'], ['عارضه', 'ترتدي'], ['عارضه', 'تلبس'], ['عارضه', 'طول'], ['موديل', 'مقاس'],
      ['العارضه', 'مقاس'],
    ],
  },
  sizeAdvice: {
    strong: [
      'size up', 'size down', 'how does it fit', 'fits small', 'fits large', 'talla normal', 'talla real', 'queda grande', 'queda chic*', 'queda pequen*',
      'viene grande', 'viene pequen*', 'taille normalement', 'taille bien', 'fallt normal', 'normal aus', 'gross aus', 'klein aus', 'tamanho normal', 'veste pequeno',
      'veste grande', '尺码准', '尺碼準', '尺寸准', '尺寸準', '正码', '正碼', '码数准', '碼數準', 'サイズ感', 'ぴったり', '사이즈감', '사이즈 감', '크게 나와', '작게 나와',
      'المقاس مضبوط', 'مقاس مضبوط', 'المقاس مظبوط', 'المقاس حقيقي', 'nummer grosser', 'nummer kleiner', 'una talla mas', 'talla mas grande', 'taille au-dessus', 'taille au dessus', 'um tamanho maior', '大一码', '大一碼', '大一號', 'ワンサイズ上', '한 사이즈 크게', 'مقاس اكبر',
      'true to size', 'runs small', 'runs large', 'runs big', 'should i get', 'should i order', 'which size should', 'size should i',
      'recommend*', 'me queda', 'horma', 'que talla me', 'talla pido', 'talla deberia', 'quelle taille prendre', 'taille petit', 'taille grand',
      'je prends quelle', 'taillent', 'fallt', 'passform', 'welche grosse soll', 'welche grosse brauche', 'qual tamanho devo', 'veste bem',
      'forma pequeno', 'forma grande', '偏大', '偏小', '合身', '选哪个码', '選哪個碼', '穿什么码', '穿什麼碼', '推荐', '推薦', '大きめ',
      '小さめ', 'どのサイズがいい', 'フィット', 'おすすめ', '정사이즈', '크게 나오', '작게 나오', '핏', '어떤 사이즈', '추천', 'يناسبني',
      'اي مقاس اختار', 'ضيق', 'واسع', 'ينصح',
    ],
    weak: ['fit*', 'fits'],
  },
  // "fit" alone may be a condition ("return it if it does not fit"), not a request for advice.
  stock: {
    strong: [
      'still available', 'any left', 'gibt es noch', 'noch da', 'noch verfugbar', 'ainda tem', 'reste-t-il', 'sigue disponible', '还有货', '還有貨', 'まだあります', '아직 있', 'لا يزال متوفر',
      'in stock', 'stock', 'sold out', 'out of stock', 'inventory', 'restock*', 'disponib*', 'agotad*', 'existencia*', 'epuise*', 'en rupture',
      'auf lager', 'verfugbar*', 'ausverkauft', 'vorratig', 'estoque', 'esgotad*', 'disponivel', '有货', '有貨', '库存', '庫存', '现货', '現貨',
      '缺货', '缺貨', '卖完', '賣完', '售罄', '在庫', '売り切れ', '品切れ', '入荷', '재고', '품절', '구매 가능', 'متوفر', 'متاح', 'المخزون',
      'نفد', 'نفذ', 'متوفره',
    ],
    weak: ['available', 'availab*', 'left', '还有', '還有', 'quedan', 'hay'],
  },
  price: {
    strong: [
      'price*', 'cost*', 'cheap*', 'expensive', 'precio*', 'cuesta*', 'cuanto vale', 'cuanto es', 'caro', 'barato', 'prix', 'coute*', 'tarif*',
      'cher', 'preis*', 'kostet', 'kosten', 'teuer', 'billig', 'preco*', 'custa*', 'quanto custa', 'quanto e', 'valor', '价格', '價格',
      '多少钱', '多少錢', '价钱', '價錢', '售价', '售價', '几块', '幾塊', '便宜', '価格', '値段', 'いくら', '料金', '安い', '가격',
      '비싸', 'cuanto sale', 'quanto sai', 'quanto fica', 'ca fait combien', 'سعر', 'السعر', 'بكم', 'ثمن', 'تكلفه', 'غالي', 'رخيص',
    ],
    // 얼마 is "how much" of whatever it follows (높이가 얼마예요: the height), like "how much".
    weak: ['how much', 'combien', 'wie viel', 'wieviel', 'cuanto', 'quanto', '贵', '貴', '값', 'كم', '얼마'],
  },
};
