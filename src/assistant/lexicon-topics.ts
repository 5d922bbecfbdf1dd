import type { Intent, Lexicon } from './intents.js';

// Topics no product field answers, in the 10 UI languages (normalised as in lexicon-product.ts). Naming them keeps
// "is the fabric see-through?" from being answered with the material and "how much does it hold?" with the price;
// a seller's FAQ entry about the same topic still answers them, in any language ("保温性は?" ~ "Does it keep drinks hot?").
export const TOPIC_LEXICON: Partial<Record<Intent, Lexicon>> = {
  seeThrough: {
    strong: [
      'see through', 'see-through', 'sheer', 'transparent*', 'translucent', 'transparenta*', 'se transparenta', 'se ve a traves', 'durchsichtig',
      'durchscheinen*', 'scheint durch', 'da pra ver atraves', 'fica transparente', '透明', '透不透', '会透', '會透', '透肉', '透光吗', '透光嗎', '透吗', '透嗎',
      '透け', '비치', '비쳐', '비침', '시스루', 'شفاف', 'يشف',
    ],
  },
  shrinkage: {
    strong: [
      'shrink*', 'shrunk', 'encog*', 'retreci*', 'retrecit', 'einlaufen', 'lauft ein', 'geht ein', 'encolh*', '缩水', '縮水', '縮む', '縮み', '줄어들', '수축', 'ينكمش', 'انكماش',
    ],
  },
  capacity: {
    strong: [
      'capacity', 'how much does it hold', 'how much will it hold', 'how many ounces', 'fl oz', 'litre', 'litres', 'liter', 'liters', 'capacidad',
      'cuanto cabe', 'caben', 'mililitro*', 'contenance', 'centilitre*', 'millilitre*', 'combien de cl',
      'fassungsvermogen', 'inhalt', 'wie viel passt', 'milliliter', 'capacidade', 'cabe quantos', 'mililitros',
      '容量', '毫升', '装多少', '裝多少', 'ミリリットル', '何ミリ', '용량', '밀리리터', 'السعه', 'كم سعه', 'سعته', 'سعتها', 'لترات', 'كم لتر', 'مليلتر',
      'cuantos ml', 'combien de ml', 'wie viel ml', 'quantos ml', '多少ml', '几ml', '何ml', '몇 ml', 'كم مل', 'سعه ال',
    ],
  },
  dimming: {
    strong: [
      'dimmable', 'dimmer', 'dim', 'dimming', 'brightness', 'regulable', 'intensidad', 'atenuar', 'variateur', 'intensite', 'luminosite',
      'dimmbar', 'dimmen', 'helligkeit', 'dimerizavel', 'intensidade', 'brilho', '调光', '調光', '亮度', '明るさ', '밝기', '디밍', 'تعتيم', 'السطوع', 'شده الاضاءه',
      'lumen*', 'how bright', 'brillo', 'wie hell', '流明', '多亮', 'ルーメン', '루멘', 'لومن',
    ],
  },
  skinType: {
    strong: [
      'sensitive skin', 'oily skin', 'dry skin', 'combination skin', 'skin type', 'acne', 'pregnan*', 'piel grasa', 'piel sensible', 'piel seca',
      'piel mixta', 'tipo de piel', 'embarazada*', 'peau sensible', 'peau grasse', 'peau seche', 'type de peau', 'enceinte', 'empfindliche haut',
      'fettige haut', 'trockene haut', 'hauttyp', 'schwanger*', 'pele oleosa', 'pele sensivel', 'pele seca', 'pele mista', 'tipo de pele', 'gravida*',
      '敏感肌', '油皮', '干皮', '乾皮', '混合肌', '肤质', '膚質', '孕妇', '孕婦', '脂性肌', '乾燥肌', '肌質', '妊娠', '민감성', '지성 피부', '건성', '피부 타입',
      '임산부', 'البشره الحساسه', 'البشره الدهنيه', 'البشره الجافه', 'نوع البشره', 'الحامل',
    ],
  },
  ethics: {
    strong: [
      'vegan*', 'cruelty free', 'cruelty-free', 'tested on animals', 'animal testing', 'organic', 'halal', 'sin crueldad', 'probado en animales',
      'organico', 'teste sur les animaux', 'biologique', 'tierversuch*', 'tierversuchsfrei', 'testado em animais', 'livre de crueldade',
      '纯素', '純素', '动物实验', '動物實驗', '有机', '有機', 'ヴィーガン', 'ビーガン', '動物実験', 'オーガニック', '비건', '동물실험', '유기농', '오가닉', 'نباتي', 'عضوي', 'حلال', 'التجارب علي الحيوانات',
    ],
  },
  scent: {
    strong: [
      'fragrance*', 'scent*', 'smell*', 'perfume*', 'unscented', 'fragancia', 'olor', 'huele', 'aroma', 'parfum*', 'odeur', 'duft*', 'riecht', 'geruch',
      'cheiro', 'fragrancia', '香味', '味道', '气味', '氣味', '香料', '香り', '匂い', 'におい', '무향', '향기', '냄새', 'رائحه', 'عطر',
    ],
  },
  handmade: {
    strong: [
      'handmade', 'hand made', 'made by hand', 'handcrafted', 'craft*', 'hand-made', 'artisan*', 'hecho a mano', 'hecha a mano', 'hacen a mano', 'artesanal*',
      // Or made by a machine, or each one by a craftsman ("是不是机器压出来的", "一個ずつ職人さんが").
      'machine made', 'mass produced', 'hecho a maquina', 'fait a la machine', 'feito a maquina', 'industri*', 'maschinell*', '机器压', '機器壓', '机器做',
      '機器做', '量产', '量產', '量産', '職人', '一個ずつ', '手づくり', '기계로 만든', '장인', 'شغل يد', 'مصنوع باليد',
      'fait main', 'faite main', 'fait a la main', 'faite a la main', 'handgemacht', 'handarbeit', 'handgefertigt', 'feito a mao', 'feita a mao', '手工', '手作', 'ハンドメイド', '수제', '핸드메이드', '손으로 만든', '손으로 만들', 'مصنوع يدويا', 'مصنوعه يدويا', 'صناعه يدويه', 'صنع يدوي', 'يدوي الصنع',
    ],
  },
  insulation: {
    strong: [
      'keep* hot', 'keep* warm', 'keep* cold', 'insulat*', 'thermal', 'mantiene caliente', 'mantiene frio', 'mantiene el calor', 'conserva el calor', 'garde chaud', 'garde froid', 'isotherme', 'isolant', 'halt warm', 'halt kalt', 'warm halten', 'isoliert',
      'warmhalt*', 'mantem quente', 'conserva quente', 'termic*', '保温', '保溫', '保冷', '隔热', '隔熱', '보온', '보냉',
      'يحافظ علي الحراره', 'معزول', 'يبقي ساخن', 'stay* hot', 'stay* warm', 'sigue caliente', 'reste chaud*', 'bleibt warm', 'bleibt heiss', 'fica quente',
      '冷め', '식지', 'يظل ساخن', 'يبقي حار',
    ],
  },
  travel: {
    strong: [
      'plane', 'airplane', 'aeroplane', 'flight*', 'in-flight', 'avion*', 'vuelo*', 'flug*', 'aviao', 'voo', 'voos', '飞机', '飛機', '機内', '飛行機',
      '비행기', '기내', 'طائره', 'الطائره', 'long haul', 'seat screen', 'inflight', 'flieger', 'bordunterhalt*', 'an bord', 'de bordo', '機上', 'طياره', 'طيران',
    ],
  },
};
