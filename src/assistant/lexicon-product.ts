import type { Intent, Lexicon } from './intents.js';

// Keywords in the 10 UI languages (en, zh-CN, zh-TW, es, fr, de, ja, ko, pt-BR, ar): those with Latin letters here, those
// written in Chinese and Japanese, Korean or Arabic alone in src/assistant/words/ (lazy chunks). Written after normalisation
// (lower case, no Latin accents; Arabic alef/teh marbuta folded), so "algodón" is written "algodon".
export const PRODUCT_LEXICON: Partial<Record<Intent, Lexicon>> = {
  material: {
    strong: [
      'hecha de', 'hecho con', 'de que esta hech*', 'de que estan hech*', 'que material', 'hecha con', 'fabricado con', 'feita de', 'feito com',
      'consist*', 'besteht aus', 'se compose', 'compose de', 'composto de', 'material*', 'fabric*', 'made of', 'made from', 'cotton', 'wool*',
      'leather*', 'polyester', 'silk*', 'linen', 'nylon', 'plastic', 'ingredient*', 'composition', 'textile*', 'what is it made', 'tela', 'telas',
      'tejido*', 'hecho de', 'algodon', 'lana', 'cuero', 'seda', 'poliester', 'ingrediente*', 'composicion', 'matiere*', 'tissu*', 'fait de',
      'en quoi', 'coton', 'laine', 'cuir', 'soie', 'lin', 'lino', 'linho', 'leinen', 'stoff*', 'gewebe', 'baumwoll*', 'wolle', 'leder*', 'seide',
      'inhaltsstoff*', 'zusammensetzung', 'woraus', 'aus was', 'tecido*', 'feito de', 'algodao', 'couro', 'composicao', 'materia', 'materiais',
      'materiales', 'real linen', 'pure linen', 'genuine leather', 'real leather', 'echtes leinen', 'porcelain', 'porcelana', 'porcelaine', 'porzellan',
      'ceramic', 'ceramica', 'ceramique', 'keramik', 'formula', 'formule', 'formel', 'vitamin*',
      // Materials and actives named in a yes/no question ("is it solid oak?", "has it hyaluronic acid?").
      'oak', 'eiche*', 'chene', 'roble', 'carvalho', 'aluminium', 'aluminum', 'aluminio', 'hyaluron*', 'hialuron*',
      // Which wood, solid wood; wood alone is a hint (a care question may name the wooden part).
      'solid wood', 'what wood', 'which wood', 'kind of wood', 'macica', 'macico', 'maciza', 'macizo', 'que madera', 'qual madeira',
      'que madeira', 'bois massif', 'quel bois', 'massivholz', 'welches holz',
    ],
    weak: ['made', 'metal*', 'wood*', 'steel', 'glass', 'hecho', 'fait', 'feito', 'aus', 'madera', 'madeira', 'bois', 'holz'],
  },
  care: {
    strong: [
      'how do i clean', 'washing instructions', 'microwave*', 'micro ondes', 'microondas', 'micro ondas', 'mikrowell*', 'wie reinige', 'lavar a mano',
      'entretenir', 'como lavar', 'como se lava', 'wash*', 'care', 'clean*', 'iron', 'ironing', 'dry clean*', 'tumble', 'dryer', 'bleach', 'laundr*',
      'dishwasher*', 'hand wash', 'lavar', 'lavable', 'lavado', 'lavadora', 'lavarse', 'lava', 'cuidado*', 'limpi*', 'planch*', 'secadora', 'lejia',
      'lavavajillas', 'laver', 'lave', 'lavage', 'lavee', 'entretien*', 'nettoy*', 'repass*', 'seche-linge', 'javel', 'lave-vaisselle',
      'machine a laver', 'wasch*', 'wasche*', 'pflege*', 'reinig*', 'bugel*', 'trockner*', 'spulmaschin*', 'spulmaschinen*', 'lavavel', 'lavagem',
      'lava-loucas', 'limpar', 'limpeza', 'alvejante', 'cuidados',
      // Storage and shelf life once opened (a cosmetic's care text says both), wiping a part clean, the machine.
      'once open*', 'after open*', 'shelf life', 'expiry', 'expiration', 'how store', 'store it', 'fridge', 'refrigera*', 'wipe*', 'damp cloth',
      'reheat*', 'in the machine', 'vez abiert*', 'despues de abrir*', 'caducidad', 'vida util', 'vencimiento', 'como guard*', 'se conserv*',
      'conservar*', 'conserver', 'conservation', 'nevera', 'trapo', 'en el micro', 'al micro', 'fois ouvert*', 'apres ouverture', 'peremption',
      'perime*', 'frigo', 'essuy*', 'chiffon', 'en machine', 'au micro', 'nach offnen', 'geoffnet', 'mindesthaltbar*', ['wie lange', 'haltbar*'],
      'aufbewahr*', 'lagern', 'lagerung', 'kuhlschrank', 'sauber', 'putz*', 'abwisch*', 'wisch*', 'feucht*', 'in maschine', 'depois abert*',
      'apos abert*', 'depois abrir', 'validade', 'vencimento', 'armazen*', 'geladeira', 'pano umido', 'pano molhado', 'na maquina', 'no micro',
    ],
    weak: ['dry', 'secar', 'secher', 'trocknen'],
  },
  origin: {
    strong: [
      'de donde viene', 'which country', 'what country', ['where', 'made'], ['where', 'manufactur*'], ['where', 'produced'], 'de que pais',
      'que pais', 'de donde son', 'de donde vienen', ['donde', 'fabric*'], ['donde', 'hech*'], ['donde', 'produc*'], 'quel pays', 'de quel pays',
      ['ou', 'fabrique*'], ['ou', 'produit*'], 'welches land', 'welchem land', ['wo', 'hergestellt'], ['wo', 'produziert'], ['wo', 'kommt', 'her'], 'made there', 'actually made', 'qual pais',
      'de qual pais', 'em que pais', ['onde', 'fabricad*'], ['onde', 'feit*'], ['onde', 'produzid*'], 'onde e produzido', 'de onde e',
      'where was this made', 'ou est-ce fabrique', 'wo kommt es her', 'made in', 'where is it made', 'where was it made', 'where is it from',
      'where does it come from', 'country of origin', 'origin*', 'manufactur*', 'produced in', 'where is it produced', 'where is this made',
      'hecho en', 'fabricado en', 'fabricada en', 'origen', 'procedencia', 'de donde es', 'donde se hace', 'donde se fabrica', 'producido en',
      'ou fabrique*', 'ou produit', 'fabrique au', 'fabriquee au', 'fabrique aux', 'fait au', 'produit au', 'provenance', 'fabrication',
      "d'ou vient", 'hergestellt in', 'herkunft*', 'ursprung*', 'produziert in', 'herstellungsland', 'wo hergestellt', 'wo wird es hergestellt',
      'vem de onde', 'feito em', 'feita em', 'feito no', 'feita no', 'feito na', 'feita na', 'fabricado em', 'fabricada em', 'origem', 'de onde vem', 'produzido em', 'fabricacao', 'onde e feito', 'onde e fabricado',
      "vien* d'ou", 'vien* d ou', 'provien*', 'stamm*', ['woher', 'kommt'],
    ],
    weak: [
      // "Comes from …": about the origin when a country is named ("kommt die aus Dänemark?"), too vague without one, as
      // "fait"/"fabriqué en" are ("fait en France", "fait en lin").
      'is it from', 'are they from', 'vien* d*', 'komm* aus', 'vem d*', 'come from', 'woher', 'produced', 'made', 'hergestellt', 'produziert',
      'fabrique*', 'fabricad*', 'feito', 'hecho', 'fait', 'produit',
    ],
  },
  dimensions: {
    strong: [
      'dimension*', 'how big', 'how large', 'how tall', 'how high', 'que altura', 'que tan alto', 'que tan alta', 'quelle hauteur', 'qual a altura',
      'measurement*', 'width', 'how wide', 'depth', 'how deep', 'length', 'how tall is it', 'cm', 'centimet*', 'inch*', 'dimensiones', 'medida*',
      'ancho', 'altura', 'profundidad', 'largo', 'que tan grande', 'cuanto mide', 'mide', 'cuanto miden', 'miden', 'largeur', 'hauteur', 'profondeur', 'longueur',
      'encombrement', 'mesure*', 'abmessung*', 'breite', 'hohe', 'tiefe', 'wie gross ist', 'wie breit', 'wie hoch', 'dimensoes', 'largura',
      'profundidade', 'comprimento', 'qual o tamanho do', 'quanto mede', 'combien de haut', 'combien de large', 'combien de long',
      'combien de profond*', 'masse', 'de haut', 'de large', 'de long', 'de hauteur', 'de largeur', 'de longueur', ['combien', 'haut'], ['combien', 'large'], ['combien', 'long'],
    ],
    weak: ['big', 'large', 'tall', 'wide', 'long', 'tamano', 'grande', 'taille', 'grosse', 'lange', 'tamanho', 'format'],
  },
  weight: {
    strong: [
      'weigh*', 'heavy', 'kg', 'kilo*', 'pound*', 'lbs', 'grams', 'peso*', 'pesa*', 'pesado', 'gramos', 'libras', 'poids', 'pese*', 'lourd*',
      'grammes', 'gewicht*', 'wiegt', 'schwer', 'heavier', 'gramm', 'quilo*', 'gramas',
      // "elle fait combien de kilos": the weight, not "fait … de" (made of) across the words between.
      'combien de kilo*', 'combien de gramme*', 'combien de kg',
    ],
  },
  colours: {
    strong: ['color*', 'colour*', 'shade*', 'colores', 'tono*', 'couleur*', 'teinte*', 'farb*', 'cor', 'cores', 'tonalidade*'],
  },
  colourAccuracy: {
    strong: [
      ['color*', 'real life'], ['color*', 'in person'], ['color*', 'accurate'], ['color*', 'photo*'], ['color*', 'picture*'], ['color*', 'true'],
      ['colour*', 'real life'], ['colour*', 'in person'], ['colour*', 'accurate'], ['colour*', 'photo*'], ['colour*', 'picture*'],
      ['colour*', 'true'], ['color', 'realidad'], ['color', 'foto*'], ['color', 'persona'], ['color', 'real'], ['couleur*', 'vrai'],
      ['couleur*', 'realite'], ['couleur*', 'photo*'], ['farb*', 'echt'], ['farb*', 'wirklichkeit'], ['farb*', 'foto*'], ['farb*', 'bild*'],
      ['cor', 'real'], ['cor', 'foto*'], ['cor', 'pessoalmente'], ['cores', 'foto*'], 'same as the picture', 'look like the photo',
      'looks like the picture', 'real life', 'in person', 'natural light', 'en persona', 'en vrai', 'in echt', 'pessoalmente', 'na vida real',
    ],
  },
  sizes: {
    strong: ['size*', 'what sizes', 'talla*', 'taille*', 'tailles', 'grossen', 'tamanhos', 'numeracao'],
    weak: ['grosse', 'tamanho', 'xs', 'xl', 'xxl'],
  },
  model: {
    strong: [
      ['model*', 'size*'], ['model*', 'how tall'], ['model*', 'wear*'], ['model*', 'tall'], ['model*', 'height'], ['modelo', 'talla'],
      ['modelo', 'lleva'], ['modelo', 'mide'], ['mannequin', 'taille'], ['mannequin', 'porte'], ['mannequin', 'mesure'], ['model', 'grosse'],
      ['model', 'tragt'], ['model', 'gross'], ['modelo', 'tamanho'], ['modelo', 'veste'], ['modelo', 'usa'], ['modelo', 'altura'],
      // The person wearing it on the live stream ("what size is the guy on stream wearing?").
      ['guy', 'wearing'], ['girl', 'wearing'], ['host', 'wearing'], ['seller', 'wearing'], ['on stream', 'wearing'], ['presentador*', 'lleva'],
      ['she', 'wearing'], ['he', 'wearing'], ['she', 'wears'], ['he', 'wears'],
    ],
  },
  sizeAdvice: {
    strong: [
      'size up', 'size down', 'how does it fit', 'fits small', 'fits large', 'talla normal', 'talla real', 'queda grande', 'queda chic*',
      'queda pequen*', 'viene grande', 'viene pequen*', 'taille normalement', 'taille bien', 'fallt normal', 'normal aus', 'gross aus', 'klein aus',
      'tamanho normal', 'veste pequeno', 'veste grande', 'nummer grosser', 'nummer kleiner', 'una talla mas', 'talla mas grande', 'taille au-dessus',
      'taille au dessus', 'um tamanho maior', 'true to size', 'runs small', 'runs large', 'runs big', 'should i get', 'should i order',
      'which size should', 'size should i', 'recommend*', 'me queda', 'horma', 'que talla me', 'talla pido', 'talla deberia',
      'quelle taille prendre', 'taille petit', 'taille grand', 'je prends quelle', 'taillent', 'fallt', 'passform', 'welche grosse soll',
      'welche grosse brauche', 'qual tamanho devo', 'veste bem', 'forma pequeno', 'forma grande',
      // The shopper's own size, given to be matched ("I usually wear M", "普段26.5cm").
      'i usually wear', 'i normally wear',
      'i usually take', 'i normally take', 'normalmente uso', 'normalmente calzo', 'suelo usar', 'suelo llevar', "d'habitude je",
      'habituellement je', 'normalement je', 'normalerweise trage', 'trage normalerweise', 'trage sonst', 'costumo usar', 'normalmente visto',
      'normalmente calco',
    ],
    weak: ['fit*', 'fits'],
  },
  // "fit" alone may be a condition ("return it if it does not fit"), not a request for advice.
  stock: {
    strong: [
      'still available', 'any left', 'gibt es noch', 'noch da', 'noch verfugbar', 'ainda tem', 'reste-t-il', 'sigue disponible', 'in stock', 'stock',
      'sold out', 'out of stock', 'inventory', 'restock*', 'disponib*', 'agotad*', 'existencia*', 'epuise*', 'en rupture', 'auf lager', 'verfugbar*',
      'ausverkauft', 'vorratig', 'estoque', 'esgotad*', 'disponivel',
      'still buy', 'todavia hay', 'aun hay', 'encore dispo', 'dispo', 'noch zu haben', 'noch kaufen', 'tem ainda', 'il reste', 'gibts die noch', 'still there', 'still have', 'no do', 'gits',
      'gibt s die noch',
    ],
    weak: ['available', 'availab*', 'left', 'quedan', 'hay'],
  },
  price: {
    strong: [
      'price*', 'cost*', 'cheap*', 'expensive', 'precio*', 'cuesta*', 'cuanto vale', 'cuanto es', 'caro', 'barato', 'prix', 'coute*', 'tarif*',
      'cher', 'preis*', 'kostet', 'kosten', 'teuer', 'billig', 'preco*', 'custa*', 'quanto custa', 'quanto e', 'valor', 'cuanto sale', 'quanto sai',
      'quanto fica', 'ca fait combien',
    ],
    // 얼마 is "how much" of whatever it follows (높이가 얼마예요: the height), like "how much".
    weak: ['how much', 'combien', 'wie viel', 'wieviel', 'cuanto', 'quanto'],
  },
};
