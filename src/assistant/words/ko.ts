import type { ScriptWords } from '../intents.js';

// The keywords written in Korean (Hangul): a chunk of their own, loaded before the first question or FAQ entry
// written in this script is read (words/index.ts). Normalised and grouped as in the core lexicons (lexicon-*.ts),
// which keep every rule with a Latin word in it.
const words: ScriptWords = {
  product: {
    material: {
      strong: ['원재료', '뭐로 만들', '소재', '재질', '원단', '성분', '재료', '가죽', '울 소재', '면 소재', '무엇으로 만들', '원목', '무슨 나무', '나무 재질', '나무로 만든'],
      weak: ['나무'],
    },
    care: {
      strong: [
        '전자레인지', '세탁', '빨래', '손세탁', '드라이클리닝', '다림질', '건조기', '식기세척기', '세척', '빨아', '관리 방법', '관리방법', '개봉', '유통기한', '사용기한', '보관', '냉장', '닦', '물티슈', '렌지',
      ],
      weak: ['관리'],
    },
    origin: {
      strong: ['어디 나라', '만든 나라', '원산지', '제조국', '어디서 만들', '어디에서 만들', '생산지', '어디 제품', '어느 나라', '생산국', '어디서 생산', '어디서 만든', '어디에서 만든'],
      weak: ['에서 만든', '에서 만들', '에서 왔', '산이에요', '산인가요', '제조'],
    },
    dimensions: {
      strong: ['몇 센치', '몇 cm', '크기', '치수', '가로', '세로', '높이', '깊이', '길이', '폭이'],
      weak: ['사이즈'],
    },
    weight: {
      strong: ['무게', '무겁', '몇킬로', '킬로', '중량', '그램'],
    },
    colours: {
      strong: ['색상', '색깔', '컬러'],
    },
    colourAccuracy: {
      strong: [['색', '실물'], ['색', '사진'], ['색', '실제'], '실물'],
    },
    sizes: {
      strong: ['사이즈'],
      weak: ['치수'],
    },
    model: {
      strong: [['모델', '사이즈'], ['모델', '착용'], ['모델', '입'], ['모델', '키']],
    },
    sizeAdvice: {
      strong: [
        '사이즈감', '사이즈 감', '크게 나와', '작게 나와', '한 사이즈 크게', '정사이즈', '크게 나오', '작게 나오', '핏', '어떤 사이즈', '추천', '평소 사이즈', '평소에 신', '평소에 입', '몇 사이즈가 좋',
        '어떤 사이즈가 좋', '몇 사이즈 사', '사이즈 사야', '신는데', '입는데',
      ],
    },
    stock: {
      strong: ['아직 있', '재고', '품절', '구매 가능'],
    },
    price: {
      strong: ['가격', '비싸'],
      weak: ['값', '얼마'],
    },
  },
  service: {
    shipping: {
      strong: ['배송', '발송', '택배', '배달'],
      weak: ['주문 가능', '주문할 수', '주문 되', '주문돼', '주문이 되'],
    },
    shipCountries: {
      strong: ['해외배송', '국제배송', '배송 가능 국가', '배송 가능한 나라', '로 배송', '으로 배송', '까지 배송'],
    },
    shipDays: {
      strong: ['며칠', '언제 도착', '도착', '배송기간', '배송 기간', '언제 받'],
      weak: ['얼마나 걸', '언제'],
    },
    shipFrom: {
      strong: ['어디서 배송', '어디에서 배송', '어디에서 발송', '어디서 발송', '발송지', '출고지', '어디서 보내', '창고', '에서 발송', '에서 출고', '에서 보내', '에서 배송'],
      weak: ['어디서 와', '어디서 오'],
    },
    shipCost: {
      strong: ['배송비', '택배비', '무료배송', '무료 배송'],
    },
    returns: {
      strong: ['반품', '환불', '교환', '반품 가능', '돌려보내', '반송'],
    },
    warranty: {
      strong: ['보증', '워런티', '품질보증'],
    },
    inTheBox: {
      strong: ['구성품', '동봉', '박스 안', '부속품', '같이 와', '같이 오', '별매'],
      weak: ['포함', '구성', '따로'],
    },
    contents: {
      strong: ['뭐가 들어', '들어있'],
    },
    knownIssues: {
      strong: ['문제', '결함', '단점', '고장', '불량', '하자'],
      weak: ['주의할', '조심해야', '주의사항', '주의 사항'],
    },
    discount: {
      strong: ['할인', '쿠폰', '세일'],
    },
    specs: {
      strong: ['배터리', '방수', '코드 길이', '케이블 길이', '선 길이', '와트'],
    },
    payment: {
      strong: ['결제', '할부'],
    },
  },
  topics: {
    seeThrough: {
      strong: ['비치', '비쳐', '비침', '시스루'],
    },
    shrinkage: {
      strong: ['줄어들', '수축'],
    },
    creasing: {
      strong: ['구김', '구겨', '주름'],
    },
    capacity: {
      strong: ['용량', '밀리리터', '몇 ml'],
    },
    dimming: {
      strong: ['밝기', '디밍', '루멘'],
    },
    skinType: {
      strong: ['민감성', '지성 피부', '건성', '피부 타입', '임산부'],
    },
    ethics: {
      strong: ['비건', '동물실험', '유기농', '오가닉'],
    },
    scent: {
      strong: ['무향', '향기', '냄새'],
    },
    handmade: {
      strong: ['기계로 만든', '장인', '수제', '핸드메이드', '손으로 만든', '손으로 만들', '기계로 찍', '공장에서 만든', '대량생산', '대량 생산', '하나하나', '손작업'],
    },
    insulation: {
      strong: ['보온', '보냉', '식지', '식어', '식나요', '식는'],
    },
    travel: {
      strong: ['비행기', '기내'],
    },
    power: {
      strong: ['충전 시간', '충전시간', '완충', '충전하는 데', '충전하는데', '플러그', '콘센트', '어댑터', '전압', '돼지코'],
    },
    unopened: {
      strong: ['미개봉', '개봉 전', '개봉전', '뜯지 않'],
    },
  },
  unsafe: [
    '이전 지시', '지시를 무시', '폭탄', '무기', '자살',
  ],
  offTopic: [
    '날씨', '농담', '축구', '정치', '대통령', '뉴스', '레시피',
  ],
};

export default words;
