import type { Intent, Lexicon } from './intents.js';

// Shipping, returns, warranty and what comes with the product, in the 10 UI languages (see lexicon-product.ts).
export const SERVICE_LEXICON: Partial<Record<Intent, Lexicon>> = {
  shipping: {
    strong: [
      'ship*', 'deliver*', 'postage', 'courier', 'envio*', 'envia*', 'envian', 'entrega*', 'livraison', 'livr*', 'expedi*', 'envoi*', 'envoy*',
      'versand*', 'versend*', 'liefer*', 'geliefert', 'zustell*', 'verschick*', 'frete', 'enviado*', 'enviam', 'mandam',
      // Romanized Japanese ("Nihon ni okutte moraemasu ka?").
      'okur*', 'okutte', 'haisou', 'haiso', 'hassou', 'todok*',
    ],
    // Ordering from a country asks whether it ships there: a hint, which a country named makes a question about it.
    weak: [
      'order from', 'buy from', 'order it from', 'pedir desde', 'comprar desde', 'commander depuis', 'bestellen aus', 'bestellen von', 'pedir do',
      'comprar do',
    ],
  },
  shipCountries: {
    strong: [
      'ship to', 'ships to', 'shipping to', 'deliver to', 'delivery to', 'which countries', 'what countries', 'que paises', 'quels pays',
      'welche lander', 'quais paises', 'international*', 'worldwide', 'send to', 'envio a', 'envian a', 'envias a', 'envios a', 'envia a', 'llega a',
      'internacional*', 'mandan a', 'livr* en', 'livr* au', 'livr* aux', 'expedi* en', 'expedi* au', 'envoi* en', 'versand nach', 'liefer* nach',
      'wohin', 'versend* nach', 'schick* nach', 'bis nach', 'reach me', 'get to me', 'make it to', 'envia* para', 'entrega* para', 'envio para', 'manda* para',
      'manda* pra', 'envia* pra', 'entrega* pra', 'mandan para', 'envian para', 'llega hasta',
    ],
    // A country word alone ("de quel pays ?") may ask where it is made: with a shipping word, or in the plural ("quels
    // pays ?"), it asks where it ships.
    weak: ['to', 'countries', 'paises', 'pays', 'lander'],
  },
  shipDays: {
    strong: [
      'how many days', 'when will it arrive', 'arriv*', 'delivery time', 'shipping time', 'when will i get', 'when will i receive', 'eta',
      'cuanto tarda*', 'cuantos dias', 'tarda*', 'llega', 'llegar*', 'tiempo de entrega', 'demora*', 'delai*', 'combien de jours', 'recevoir',
      'lieferzeit*', 'wie viele tage', 'ankommen', 'kommt an', 'wann kommt', 'get here', 'to get here', 'dauer*', 'prazo*', 'quantos dias', 'chega*', 'chegar',
      // "How long … to ship to Germany?": how long, said of shipping, is the delivery time.
      ['how long', 'ship*'], ['how long', 'deliver*'], 'brauchts', ['wie lang*', 'nach'],
    ],
    weak: [
      // How long, alone: delivery time or how long something lasts? Only with a shipping word.
      'combien de temps', 'wie lange', 'quanto tempo', 'how fast', 'how soon', 'how long', 'days', 'dias', 'jours', 'tage', 'when', 'cuando', 'quand',
      'wann', 'quando',
    ],
  },
  shipFrom: {
    strong: [
      'ship from', 'ships from', 'shipped from', 'shipping from', 'dispatched from', 'warehouse', 'sent from', 'where do you ship',
      'where does it ship', 'envia desde', 'envio desde', 'enviado desde', 'desde donde', 'almacen', 'expedie depuis', 'expedie de', "d'ou est",
      "d'ou sont", 'envoye de', 'envoye depuis', 'entrepot', 'versand aus', 'versandt aus', 'verschickt aus', 'von wo', 'versendet aus', 'enviado de',
      'envia de', 'sai de', ['de onde', 'envi*'], ['de onde', 'sai'], ['de onde', 'mand*'], 'armazem', "expedie d'ou", "envoye d'ou", "part d'ou", 'enviada de', 'enviadas de', 'enviados de', 'partent du', 'partent de', 'part du japon',
    ],
    // "From where", which a shipping word makes "shipped from where" ("배송 어디서 와요").
    weak: ['woher', "d'ou", 'd ou', 'de donde'],
  },
  shipCost: {
    strong: [
      ['ship*', 'cost*'], ['ship*', 'free'], ['ship*', 'how much'], ['ship*', 'price*'], ['deliver*', 'cost*'], ['deliver*', 'free'], 'postage',
      'envio gratis', 'envio gratuito', ['envio*', 'cuesta*'], ['envio*', 'costo*'], ['envio*', 'gratis'], 'frais de port', 'livraison gratuite',
      ['livraison', 'coute*'], ['livraison', 'gratuit*'], ['livraison', 'prix'], 'versandkosten', 'kostenloser versand', ['versand*', 'kostet'],
      ['versand*', 'kostenlos'], 'frete gratis', ['frete', 'quanto'], ['frete', 'custa'], ['envio', 'custa'], 'frete',
    ],
  },
  returns: {
    strong: [
      'return*', 'refund*', 'exchange*', 'send it back', 'send back', 'money back', 'devol*', 'devuelv*', 'reembolso*', 'retour*', 'rembours*',
      'echang*', 'renvoyer', 'ruckgab*', 'umtausch*', 'erstatt*', 'rucksend*', 'zuruckgeben', 'zurucksenden', 'zuruckschicken', 'devolu*', 'devolver',
      'troca*', 'trocar',
      'ruckversand*', 'send them back', 'take it back', 'renvoi*',
    ],
    weak: ['cambio*', 'cambiar'],
  },
  warranty: {
    strong: ['warrant*', 'guarantee*', 'guaranty', 'garantia', 'garantie', 'garanti', 'gewahrleistung'],
  },
  inTheBox: {
    strong: [
      'in the box', 'comes with', 'come with', 'viene con', 'vienen con', 'vient avec', 'kommt mit', 'dabei', 'dabi', 'schachtel', 'schachtle', 'mit dabei', 'inklusive', 'inbegriffen',
      'beiliegend', 'liegt bei', 'box contain*', 'package contain*', 'accessor*', 'in the package', 'what do i get', 'en la caja', 'que trae',
      'accesorios', 'contenido', 'dans la boite', 'fourni*', 'livre avec', 'contenu', 'lieferumfang', 'in der box', 'im karton', 'zubehor',
      'mitgeliefert', 'na caixa', 'vem com', 'acompanha*', 'incluso', 'acessorios', 'conteudo', 'come* w', 'vendu* avec', 'ja vem', 'vem junto', 'incl', 'included',
    ],
    // "Trae foco?", "電球ついてる?", "or do I buy one separately?": whether something comes with it.
    weak: ['included', 'include*', 'incluye*', 'incluid*', 'inclu*', 'enthalten', 'inclui*', 'trae', 'separ*', 'traen', 'trazem', 'traz'],
  },
  // What is inside: the box's contents, or a beauty product's ingredients (compose.ts).
  contents: {
    strong: ["what's in it", 'whats in it', 'what is in it', 'inside', 'dentro', 'contien*', 'dedans', 'drin', 'contem'],
  },
  knownIssues: {
    strong: [
      'issue*', 'problem*', 'defect*', 'flaw*', 'downside*', 'drawback*', 'complaint*', 'bug*', 'anything wrong', 'fault*', 'problema*', 'defecto*',
      'fallo*', 'falla*', 'desventaja*', 'inconveniente*', 'probleme*', 'defaut*', 'soucis', 'inconvenient*', 'mangel*', 'fehler*', 'nachteil*',
      'schwachstell*', 'defekt*', 'defeito*', 'falha*', 'desvantage*',
    ],
    // What to watch out for: a hint, which alone asks for the known issues and with a care word asks the care.
    weak: [
      'watch out for', 'be careful', 'careful with', ['tener', 'cuidado'], 'faire attention', 'precaution*', 'aufpassen', 'worauf achten',
      ['tomar', 'cuidado'], 'atencao com',
    ],
  },
  discount: {
    strong: [
      'discount*', 'coupon*', 'promo*', 'voucher*', 'descuento*', 'cupon*', 'oferta*', 'reduction*', 'code promo', 'rabatt*', 'gutschein*',
      'desconto*', 'cupom*', 'liquidacion', 'soldes',
      // Multi-buy offers ("hay 2x1?", "buy one get one?").
      'deal', 'deals', '2x1', '3x2', 'bogo', 'buy one get one', '2 por 1', 'dos por uno', 'leve 2 pague 1',
    ],
  },
  specs: {
    strong: [
      'battery', 'batteries', 'waterproof', 'water resistant', 'bluetooth version', 'charging time', 'wattage', 'voltage', 'bateria', 'impermeable',
      'batterie', 'akku', 'autonomie', 'autonomia', 'battery life', 'akkulaufzeit', 'wasserdicht', 'prova d agua', "prova d'agua", 'a prova',
      // Wattage and cord length: the box lists a bulb and a cord, not their figures.
      'watt', 'watts', 'cord length', 'cable length', 'how long is the cord', 'how long is the cable', 'longueur du cable', 'longueur du fil',
      'longitud del cable', 'kabellange', 'comprimento do cabo', 'comprimento do fio',
      // The cord named with a length word anywhere in the question ("le câble fait quelle longueur ?").
      ['cable', 'long*'], ['cord', 'long*'], ['cable', 'largo'], ['cable', 'mide'], ['kabel', 'lang*'], ['cabo', 'comprimento'], ['cabo', 'mede'],
    ],
  },
  payment: {
    strong: [
      'pay', 'paying', 'payment*', 'paypal', 'credit card', 'installment*', 'klarna', 'pago*', 'pagar', 'paiement*', 'payer', 'zahlung*', 'bezahl*',
      'ratenzahlung', 'pagamento*', 'parcel*', 'boleto', 'pix', 'cuotas', 'sin interes', 'en plusieurs fois', 'raten',
    ],
  },
};
