import type { Intent, Lexicon } from './intents.js';

// Shipping, returns, warranty and what comes with the product, in the 10 UI languages (see lexicon-product.ts).
export const SERVICE_LEXICON: Partial<Record<Intent, Lexicon>> = {
  shipping: {
    strong: [
      'ship*', 'deliver*', 'postage', 'courier', 'envio*', 'envia*', 'envian', 'entrega*', 'livraison', 'livr*', 'expedi*', 'envoi*', 'envoy*',
      'versand*', 'versend*', 'liefer*', 'geliefert', 'zustell*', 'verschick*', 'frete', 'enviado*', '发货', '發貨', '配送', '运送', '運送', '快递', '快遞',
      '邮寄', '郵寄', '寄', '物流', '出貨', '寄送', '配達', 'enviam', 'mandam', '発送', '出荷', '届', '배송', '발송', '택배', '배달', 'شحن', 'الشحن', 'توصيل', 'التوصيل', 'يشحن', 'ارسال', 'تشحن', 'توصلون',
      'يوصل', 'توصل',
    ],
  },
  shipCountries: {
    strong: [
      'ship to', 'ships to', 'shipping to', 'deliver to', 'delivery to', 'which countries', 'what countries', 'que paises', 'quels pays', 'welche lander', 'quais paises', 'international*', 'worldwide', 'send to', 'envio a', 'envian a',
      'envias a', 'envios a', 'envia a', 'llega a', 'internacional*', 'mandan a', 'livr* en', 'livr* au', 'livr* aux', 'expedi* en',
      'expedi* au', 'envoi* en', 'versand nach', 'liefer* nach', 'wohin', 'versend* nach', 'schick* nach', 'envia* para', 'entrega* para',
      'envio para', 'manda* para', '寄到', '运到', '運到', '送到', '发到', '發到', '发货到', '發貨到', '配送到', '哪些国家', '哪些國家', '国际', '國際', '海外',
      '配送先', '届けられ', '国際配送', '発送可能な国', 'どの国', '送れ', 'まで発送', 'に発送', 'に届', 'へ発送', '해외배송', '국제배송',
      '배송 가능 국가', '배송 가능한 나라', '로 배송', '으로 배송', '까지 배송', 'الدول', 'دولي',
    ],
    // A country word alone ("de quel pays ?") may ask where it is made: with a shipping word, or in the plural ("quels
    // pays ?"), it asks where it ships.
    weak: ['to', 'countries', 'paises', 'pays', 'lander'],
  },
  shipDays: {
    strong: [
      'how many days', 'when will it arrive', 'arriv*', 'delivery time', 'shipping time', 'when will i get', 'when will i receive', 'eta', 'cuanto tarda*', 'cuantos dias', 'tarda*', 'llega', 'llegar*', 'tiempo de entrega', 'demora*', 'delai*',
      'combien de jours', 'recevoir', 'lieferzeit*', 'wie viele tage', 'ankommen', 'kommt an', 'wann kommt',
      'dauer*', 'prazo*', 'quantos dias', 'chega*', 'chegar', '几天', '幾天',
      '什么时候到', '什麼時候到', '到货', '到貨', '送达', '送達', '时效', '時效', '何日', 'いつ届', 'どれくらいで届', 'どのくらいで届', '收到', '多久会到', '多久會到', '届くまで',
      '到着', '日数', '며칠', '언제 도착', '도착', '배송기간', '배송 기간', '언제 받',
      'كم يوم', 'متي يصل', 'مده التوصيل', 'مده الشحن', 'يصل', 'يستغرق',
    ],
    weak: [
      // How long, alone: delivery time or how long something lasts? Only with a shipping word.
      'combien de temps', 'wie lange', 'quanto tempo', '多久', '多长时间', '多長時間', 'どのくらいかかり', 'どれくらいかかり', '얼마나 걸', 'كم يستغرق',
      'how fast', 'how soon', 'how long', 'days', 'dias', 'jours', 'tage', 'ايام', 'when', 'cuando', 'quand', 'wann', 'quando', '什么时候', '什麼時候', 'いつ', '언제', 'متي'],
  },
  shipFrom: {
    strong: [
      'ship from', 'ships from', 'shipped from', 'shipping from', 'dispatched from', 'warehouse', 'sent from', 'where do you ship', 'where does it ship',
      'envia desde', 'envio desde', 'enviado desde', 'desde donde', 'almacen', 'expedie depuis', 'expedie de', "d'ou est", "d'ou sont", 'envoye de',
      'envoye depuis', 'entrepot', 'versand aus', 'versandt aus', 'verschickt aus', 'von wo', 'versendet aus', 'enviado de', 'envia de',
      'sai de', 'de onde', 'armazem', '从哪里发货', '從哪裡發貨', '哪里发货', '哪裡發貨', '发货地', '發貨地', '从哪发', '從哪發', '从哪里寄', '哪裡出貨', '出貨地', 'どこの倉庫',
      '從哪裡寄', '仓库', '倉庫', 'どこから発送', '発送元', 'どこから届', '出荷元', 'どこから', '어디서 배송', '어디에서 배송',
      '어디에서 발송', '어디서 발송', '발송지', '출고지', '어디서 보내', '창고', 'يشحن من', 'من اين', 'مكان الشحن', 'مستودع', 'الشحن من',
    ],
    // "From where", which a shipping word makes "shipped from where" ("배송 어디서 와요").
    weak: ['woher', "d'ou", 'd ou', 'de donde', '从哪', '從哪', '어디서 와', '어디서 오', 'من وين', 'منين'],
  },
  shipCost: {
    strong: [
      ['ship*', 'cost*'], ['ship*', 'free'], ['ship*', 'how much'], ['ship*', 'price*'], ['deliver*', 'cost*'], ['deliver*', 'free'],
      'postage', 'envio gratis', 'envio gratuito', ['envio*', 'cuesta*'], ['envio*', 'costo*'], ['envio*', 'gratis'], 'frais de port',
      'livraison gratuite', ['livraison', 'coute*'], ['livraison', 'gratuit*'], ['livraison', 'prix'], 'versandkosten', 'kostenloser versand',
      ['versand*', 'kostet'], ['versand*', 'kostenlos'], 'frete gratis', ['frete', 'quanto'], ['frete', 'custa'], ['envio', 'custa'], 'frete',
      '运费', '運費', '邮费', '郵費', '包邮', '包郵', '免运费', '免運費', '送料', '배송비', '택배비', '무료배송', '무료 배송', 'تكلفه الشحن',
      'شحن مجاني', 'الشحن مجاني', ['الشحن', 'كم'], ['الشحن', 'سعر'],
    ],
  },
  returns: {
    strong: [
      'return*', 'refund*', 'exchange*', 'send it back', 'send back', 'money back', 'devol*', 'devuelv*', 'reembolso*', 'retour*', 'rembours*',
      'echang*', 'renvoyer', 'ruckgab*', 'umtausch*', 'erstatt*', 'rucksend*', 'zuruckgeben', 'zurucksenden', 'zuruckschicken', 'devolu*',
      'devolver', 'troca*', 'trocar', '退货', '退貨', '退款', '换货', '換貨', '退换', '退換', '无理由', '無理由', '返品', '返金', '交換',
      '반품', '환불', '교환', 'ارجاع', 'استرجاع', 'استرداد', 'ترجيع', 'استبدال', 'ارجع',
    ],
    weak: ['cambio*', 'cambiar', '退'],
  },
  warranty: {
    strong: [
      'warrant*', 'guarantee*', 'guaranty', 'garantia', 'garantie', 'garanti', 'gewahrleistung', '保修', '质保', '質保', '保固', '售后', '售後',
      '保証', '보증', '워런티', '품질보증', 'ضمان', 'الضمان', 'كفاله',
    ],
  },
  inTheBox: {
    strong: [
      'in the box', 'comes with', 'come with', 'viene con', 'vienen con', 'vient avec', 'kommt mit', 'dabei', 'mit dabei', 'inklusive', 'inbegriffen',
      'beiliegend', 'liegt bei', '包装盒', '包裝盒', '有附', '附不附', '有没有附', '有沒有附', 'box contain*', 'package contain*', 'accessor*', 'in the package', 'what do i get', 'en la caja',
      'que trae', 'accesorios', 'contenido', 'dans la boite', 'fourni*', 'livre avec', 'contenu', 'lieferumfang', 'in der box', 'im karton',
      'zubehor', 'mitgeliefert', 'na caixa', 'vem com', 'acompanha*', 'incluso', 'acessorios', 'conteudo', '包装内', '包裝內', '包装里', '包裝裡', '配件', '附带',
      '附帶', '附件', '盒子里', '盒子裡', '清单', '清單', '有什么东西', '付属品', '同梱', '付属', '内容物', '箱の中', 'セット内容',
      '구성품', '동봉', '박스 안', '부속품', 'محتويات', 'العلبه', 'الصندوق', 'مرفق', 'ملحقات', 'ياتي مع',
      'come* w', 'vendu* avec', 'ja vem', 'vem junto', '附送', '自带', '自帶', '另外买', '另外買', '別売', '같이 와', '같이 오', '별매', 'يجي مع', 'تجي مع',
    ],
    // "Trae foco?", "電球ついてる?", "or do I buy one separately?": whether something comes with it.
    weak: [
      'included', 'include*', 'incluye*', 'incluid*', 'inclu*', 'enthalten', 'inclui*', '包含', '包括', '포함', 'يشمل', '구성', 'trae', 'separ*',
      '付いて', 'ついてる', 'ついてま', 'ついてく', 'ついてき', '따로', 'منفصل',
    ],
  },
  // What is inside: the box's contents, or a beauty product's ingredients (compose.ts).
  contents: {
    strong: [
      "what's in it", 'whats in it', 'what is in it', 'inside', 'dentro', 'contien*', 'dedans', 'drin', 'contem', '里面有', '裡面有', '何が入っ', '中身',
      '뭐가 들어', '들어있', 'ايش فيه', 'شو فيه', 'بداخل', 'يحتوي',
    ],
  },
  knownIssues: {
    strong: [
      'issue*', 'problem*', 'defect*', 'flaw*', 'downside*', 'drawback*', 'complaint*', 'bug*', 'anything wrong', 'fault*', 'problema*',
      'defecto*', 'fallo*', 'falla*', 'desventaja*', 'inconveniente*', 'probleme*', 'defaut*', 'soucis', 'inconvenient*', 'mangel*',
      'fehler*', 'nachteil*', 'schwachstell*', 'defekt*', 'defeito*', 'falha*', 'desvantage*', '问题', '問題', '缺点', '缺點', '毛病', '故障',
      '瑕疵', '缺陷', '不具合', '欠点', '弱点', 'デメリット', '注意点', '문제', '결함', '단점', '고장', '불량', '하자', 'مشاكل', 'مشكله',
      'عيوب', 'عيب', 'اعطال', 'خلل',
    ],
  },
  discount: {
    strong: [
      'discount*', 'coupon*', 'promo*', 'voucher*', 'descuento*', 'cupon*', 'oferta*', 'reduction*', 'code promo', 'rabatt*', 'gutschein*',
      'desconto*', 'cupom*', 'liquidacion', 'soldes', '优惠', '優惠', '折扣', '打折', '优惠券', '優惠券', '割引', 'クーポン', 'セール', '할인',
      '쿠폰', '세일', 'خصم', 'كوبون', 'تخفيض', 'عرض خاص',
    ],
  },
  specs: {
    strong: [
      'battery', 'batteries', 'waterproof', 'water resistant', 'bluetooth version', 'charging time', 'wattage', 'voltage', 'bateria', 'impermeable',
      'batterie', 'akku', 'wasserdicht', 'prova d agua', "prova d'agua", 'a prova', '电池', '電池', '续航', '續航', '防水', 'バッテリー', '電池持ち',
      '배터리', '방수', 'بطاريه', 'البطاريه', 'مقاوم للماء', 'ضد الماء',
    ],
  },
  payment: {
    strong: [
      'pay', 'paying', 'payment*', 'paypal', 'credit card', 'installment*', 'klarna', 'pago*', 'pagar', 'paiement*', 'payer', 'zahlung*',
      'bezahl*', 'ratenzahlung', 'pagamento*', 'parcel*', 'boleto', 'pix', '付款', '支付', '分期', '支払', '決済', '分割払い', '결제', '할부',
      'دفع', 'الدفع', 'تقسيط',
    ],
  },
};
