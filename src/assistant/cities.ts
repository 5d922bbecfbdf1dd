// Cities and regions shoppers name instead of their country ("will it get to Toronto?", "寄到上海要几天",
// "يوصل للرياض؟"), by ISO code, in the spellings of the 10 UI languages (normalised: lower case, no accents). Only
// places whose name is not also a common word or another place of note ("Nice", "Bordeaux", 汉堡 = hamburger,
// "Medina" are left out); a city named after a better-known one counts as that one. Loaded in its own chunk the
// first time a shipping question names no country (see countries.ts).
export const PLACES =
  'CA toronto,vancouver,montreal,ottawa,calgary,quebec,ontario,多伦多,多倫多,温哥华,溫哥華,蒙特利尔,蒙特婁,渥太华,渥太華,トロント,バンクーバー,モントリオール,토론토,밴쿠버,몬트리올,تورونتو,فانكوفر,مونتريال' +
  '|US new york,nueva york,nova york,los angeles,chicago,san francisco,seattle,boston,miami,houston,california,californie,kalifornien,texas,florida,floride,hawaii,hawai,纽约,紐約,洛杉矶,洛杉磯,芝加哥,旧金山,舊金山,西雅图,西雅圖,加州,夏威夷,ニューヨーク,ロサンゼルス,シカゴ,サンフランシスコ,シアトル,カリフォルニア,ハワイ,뉴욕,로스앤젤레스,시카고,샌프란시스코,시애틀,캘리포니아,하와이,نيويورك,لوس انجلوس,شيكاغو,كاليفورنيا,هاواي' +
  '|GB london,londres,manchester,edinburgh,edimbourg,edimburgo,liverpool,glasgow,scotland,escocia,ecosse,schottland,伦敦,倫敦,曼彻斯特,曼徹斯特,爱丁堡,愛丁堡,苏格兰,蘇格蘭,ロンドン,マンチェスター,エディンバラ,スコットランド,런던,맨체스터,에든버러,스코틀랜드,لندن,مانشستر,اسكتلندا' +
  '|DE berlin,munchen,munich,munique,hamburg,hambourg,hamburgo,frankfurt,francfort,bayern,bavaria,baviere,baviera,柏林,慕尼黑,法兰克福,法蘭克福,ベルリン,ミュンヘン,ハンブルク,フランクフルト,베를린,뮌헨,함부르크,프랑크푸르트,برلين,ميونخ,هامبورغ,فرانكفورت' +
  '|FR paris,lyon,marseille,marsella,marselha,toulouse,strasbourg,estrasburgo,strassburg,巴黎,里昂,马赛,馬賽,パリ,リヨン,マルセイユ,파리,리옹,마르세유,باريس,مرسيليا' +
  '|ES madrid,barcelona,sevilla,seville,bilbao,malaga,马德里,馬德里,巴塞罗那,巴塞隆納,マドリード,バルセロナ,마드리드,바르셀로나,مدريد,برشلونه' +
  '|JP tokyo,tokio,toquio,osaka,kyoto,kioto,quioto,yokohama,sapporo,fukuoka,nagoya,hokkaido,okinawa,東京,东京,大阪,京都,横浜,横滨,橫濱,札幌,福岡,名古屋,北海道,沖縄,冲绳,沖繩,도쿄,오사카,교토,요코하마,삿포로,후쿠오카,오키나와,홋카이도,طوكيو,اوساكا,كيوتو' +
  '|KR seoul,busan,pusan,incheon,jeju,首尔,首爾,釜山,仁川,济州,濟州,済州,ソウル,プサン,서울,부산,인천,제주,سيول,بوسان' +
  '|CN beijing,pekin,pequim,peking,shanghai,xangai,guangzhou,shenzhen,hangzhou,北京,上海,广州,廣州,広州,深圳,杭州,シャンハイ,베이징,상하이,광저우,بكين,شنغهاي,شانغهاي' +
  '|TW taipei,taipe,kaohsiung,taichung,台北,臺北,高雄,タイペイ,타이베이,가오슝,تايبيه' +
  '|AU sydney,sidney,melbourne,brisbane,悉尼,雪梨,墨尔本,墨爾本,シドニー,メルボルン,시드니,멜버른,سيدني,ملبورن' +
  '|DK copenhagen,copenhague,kopenhagen,copenhaga,aarhus,arhus,哥本哈根,コペンハーゲン,코펜하겐,كوبنهاغن,كوبنهاجن' +
  '|SE stockholm,estocolmo,gothenburg,goteborg,gotemburgo,malmo,斯德哥尔摩,斯德哥爾摩,ストックホルム,스톡홀름,ستوكهولم' +
  '|NO oslo,奥斯陆,奧斯陸,オスロ,오슬로,اوسلو' +
  '|NL amsterdam,amsterda,rotterdam,roterda,the hague,den haag,la haya,la haye,haia,阿姆斯特丹,鹿特丹,アムステルダム,ロッテルダム,암스테르담,로테르담,امستردام,روتردام' +
  '|SA riyadh,riyad,riad,riade,jeddah,jidda,yeda,djeddah,dschidda,dammam,mecca,meca,la meca,la mecque,mekka,الرياض,جده,الدمام,مكه المكرمه,利雅得,吉达,吉達,リヤド,ジッダ,리야드,제다' +
  '|AE dubai,abu dhabi,abu dabi,abou dabi,sharjah,ابوظبي,الشارقه,迪拜,杜拜,阿布扎比,阿布達比,ドバイ,アブダビ,두바이,아부다비' +
  '|PT lisbon,lisboa,lisbonne,lissabon,里斯本,リスボン,리스본,لشبونه' +
  '|VN hanoi,ho chi minh,saigon,河内,河內,ハノイ,ホーチミン,하노이,호치민,هانوي';
