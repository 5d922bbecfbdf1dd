import type { Intent, Lexicon } from './intents.js';

// Topics no product field answers, in the 10 UI languages (normalised as in lexicon-product.ts). Naming them keeps
// "is the fabric see-through?" from being answered with the material and "how much does it hold?" with the price;
// a seller's FAQ entry about the same topic still answers them, in any language ("保温性は?" ~ "Does it keep drinks hot?").
export const TOPIC_LEXICON: Partial<Record<Intent, Lexicon>> = {
  seeThrough: {
    strong: [
      'see through', 'see-through', 'sheer', 'transparent*', 'translucent', 'transparenta*', 'se transparenta', 'se ve a traves', 'durchsichtig',
      'durchscheinen*', 'scheint durch', 'da pra ver atraves', 'fica transparente',
    ],
  },
  shrinkage: {
    strong: ['shrink*', 'shrunk', 'encog*', 'retreci*', 'retrecit', 'einlaufen', 'lauft ein', 'geht ein', 'encolh*', ['lauft', 'ein'], ['geht', 'ein', 'wasch*'], 'eingelaufen'],
  },
  creasing: {
    strong: [
      'wrinkl*', 'crease*', 'creasy', 'crinkl*', 'arruga*', 'froiss*', 'knitter*', 'zerknitter*', 'amassa*', 'amarrota*', 'enruga*',
    ],
  },
  capacity: {
    strong: [
      'capacity', 'how much does it hold', 'how much will it hold', 'how many ounces', 'fl oz', 'litre', 'litres', 'liter', 'liters', 'capacidad',
      'cuanto cabe', 'caben', 'mililitro*', 'contenance', 'centilitre*', 'millilitre*', 'combien de cl', 'fassungsvermogen', 'inhalt',
      'wie viel passt', 'milliliter', 'capacidade', 'cabe quantos', 'mililitros', 'cuantos ml', 'combien de ml', 'wie viel ml', 'quantos ml',
    ],
  },
  dimming: {
    strong: [
      'dimmable', 'dimmer', 'dim', 'dimming', 'brightness', 'regulable', 'intensidad', 'atenuar', 'variateur', 'intensite', 'luminosite', 'dimmbar',
      'dimmen', 'helligkeit', 'dimerizavel', 'intensidade', 'brilho', 'lumen*', 'how bright', 'brillo', 'wie hell', 'eclaire bien', 'ca eclaire',
    ],
  },
  skinType: {
    strong: [
      // Combining it with other actives ("can I layer it with my retinol?").
      'retinol*', 'niacinamid*', 'layer it', 'layering',
      'sensitive skin', 'oily skin', 'dry skin', 'combination skin', 'skin type', 'acne', 'pregnan*', 'piel grasa', 'piel sensible', 'piel seca',
      'piel mixta', 'tipo de piel', 'embarazada*', 'peau sensible', 'peau grasse', 'peau seche', 'type de peau', 'enceinte', 'empfindliche haut',
      'fettige haut', 'trockene haut', 'hauttyp', 'schwanger*', 'pele oleosa', 'pele sensivel', 'pele seca', 'pele mista', 'tipo de pele', 'gravida*',
    ],
  },
  ethics: {
    strong: [
      'vegan*', 'cruelty free', 'cruelty-free', 'tested on animals', 'animal testing', 'organic', 'halal', 'sin crueldad', 'probado en animales',
      'organico', 'teste sur les animaux', 'biologique', 'tierversuch*', 'tierversuchsfrei', 'testado em animais', 'livre de crueldade',
    ],
  },
  scent: {
    strong: [
      'fragrance*', 'scent*', 'smell*', 'perfume*', 'unscented', 'fragancia', 'olor', 'huele', 'aroma', 'parfum*', 'odeur', 'duft*', 'riecht',
      'geruch', 'cheiro', 'fragrancia',
    ],
  },
  handmade: {
    strong: [
      'handmade', 'hand made', 'made by hand', 'handcrafted', 'craft*', 'hand-made', 'artisan*', 'hecho a mano', 'hecha a mano', 'hacen a mano',
      'artesanal*',
      // Or made by a machine, or each one by a craftsman ("是不是机器压出来的", "一個ずつ職人さんが").
      'machine made', 'mass produced', 'hecho a maquina', 'fait a la machine', 'feito a maquina', 'industri*', 'maschinell*', 'fait main',
      'faite main', 'fait a la main', 'faite a la main', 'handgemacht', 'handarbeit', 'handgefertigt', 'feito a mao', 'feita a mao',
      'made by machine', 'factory made', 'each one unique', 'one of a kind', 'en serie', 'produccion en masa', 'producido en masa',
      'cada una es unica', 'piece unique', 'massenware', 'serienfertigung', 'einzelstuck*', 'em serie', 'producao em massa', 'peca unica',
    ],
  },
  insulation: {
    strong: [
      'keep* hot', 'keep* warm', 'keep* cold', 'insulat*', 'thermal', 'mantiene caliente', 'mantiene frio', 'mantiene el calor', 'conserva el calor',
      'garde chaud', 'garde froid', 'isotherme', 'isolant', 'halt warm', 'halt kalt', 'warm halten', 'isoliert', 'warmhalt*', 'mantem quente',
      'conserva quente', 'termic*', 'segura o calor', 'mantem o calor', 'mantem a temperatura', 'stay* hot', 'stay* warm', 'sigue caliente', 'reste chaud*', 'bleibt warm', 'bleibt heiss', 'fica quente',
      'go cold', 'goes cold', 'get cold', 'gets cold', 'se enfria', 'se enfrian', 'refroidit', 'kalt wird', 'esfria', ['bleibt', 'warm'],
      ['bleibt', 'heiss'], ['stays', 'warm'], ['stays', 'hot'], ['reste', 'chaud*'], ['sigue', 'caliente'], ['fica', 'quente'],
      ['mantiene', 'caliente'], ['halt', 'warm'], ['halt', 'heiss'],
    ],
  },
  travel: {
    strong: [
      'plane', 'airplane', 'aeroplane', 'flight*', 'in-flight', 'avion*', 'vuelo*', 'flug*', 'aviao', 'voo', 'voos', 'long haul', 'seat screen',
      'inflight', 'flieger', 'bordunterhalt*', 'an bord', 'de bordo',
    ],
  },
  // Charging time, plugs, sockets and adapters ("la prise est aux normes françaises ?", "wie lange dauert das aufladen?").
  power: {
    strong: [
      'charging time', 'how long to charge', 'to charge', 'full charge', 'fully charged', 'charge it', 'charge them', 'recharge*', 'plug', 'plugs',
      'adapter', 'adaptor', 'socket', 'outlet', 'tiempo de carga', 'en cargar', 'cargarlo', 'cargarlos', 'carga completa', 'recargar', 'enchufe',
      'adaptador', 'toma de corriente', 'voltaje', 'recharg*', 'temps de charge', 'prise', 'adaptateur', 'aufladen', 'aufgeladen', 'ladezeit',
      'stecker', 'steckdose', 'tempo de carga', 'para carregar', 'carregar', 'tomada', 'plugue', 'voltagem', 'bivolt',
    ],
  },
  // A shelf life before opening: a cosmetic's care text gives the one after ("유통기한 언제까지? 미개봉 기준").
  unopened: {
    strong: [
      'unopened', 'sealed', 'before opening', 'sin abrir', 'antes de abrir', 'non ouvert', 'avant ouverture', 'ungeoffnet', 'vor dem offnen',
      'fechado', 'lacrado', 'sem abrir',
    ],
  },
  sport: {
    strong: [
      'running', 'jogging', 'hiking', 'marathon*', 'gym', 'workout', 'correr', 'corrida', 'senderismo', 'caminhada', 'randonnee', 'course a pied',
      'joggen', 'wandern', 'trilha pesada', 'uso pesado', 'uso rudo', 'heavy use', 'heavy duty',
    ],
  },
  upcoming: {
    strong: [
      'new colour*', 'new color*', 'new shade*', 'more colours coming', 'more colors coming', 'coming soon', 'nuevo color', 'nuevos colores',
      'color nuevo', 'colores nuevos', 'nouvelle couleur', 'nouvelles couleurs', 'nouveau coloris', 'nouveaux coloris', 'neue farbe*', 'neuen farbe*',
      'nova cor', 'novas cores', 'cor nova', 'cores novas',
    ],
  },
};
