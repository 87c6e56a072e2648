// First names of origins common in Dutch neighbourhoods that the generated lists (lexicon-data.ts) miss: the given names
// of Turkey today (faker's Turkish locale holds old Turkic names, zxcvbn's Belgian registers the ASCII forms of some),
// Kurdish names in Kurmanji and Sorani spelling, and Azerbaijani names with ə. Kept by hand from general knowledge of
// naming in each community, never from an evaluation set. Only the rules after the statistical layer read this list
// (names-of-more-origins.ts): the layer's list features, and so its weights, stay as they were trained.

/** Common first names, by origin, as written (capitalised, with their letters ş, ğ, ı, ü, ç, ö, ê, î, û, ə). */
export const MORE_ORIGIN_FIRST_NAMES: Record<string, string> = {
  turkish:
    'Ayşe Büşra Tuğçe Nurcan Hacer Şükran Nurten Gülten Gülizar Gülcan Gülseren Gülistan Havva Hanife Hamiyet Hayriye Ümmühan Saniye Nermin Neslihan Nurhan Rukiye Safiye Saadet Sevgül Şerife Zuhal Hüsniye Nazife Nazmiye Necmiye Sabriye Sebahat Şaziye Şefika Ayten Aysel Aysun Ayfer Ayşegül Ayşen Ayşenur Bircan Birgül Canan Cemile Esengül Gülnur Halime Hediye Kezban Mediha Naciye Nagihan Nebahat Nurşen Semiha Erdoğan Gökhan Tuncay Cengiz Erkan Mücahit Soner Tuncer Vahit Abdulkadir Cevdet Doğukan Kazım Orçun Rüstem Sabahattin Sercan Sezgin Şemsettin Tacettin Zekeriya',
  kurdish:
    'Rojin Şirin Rojda Nûjiyan Zozan Ronahî Gulan Hêlin Jînda Rojbin Viyan Zelal Dilşa Hevin Nazdar Perwin Shilan Sozdar Bahoz Şiyar Berxwedan Hejar Rêber Diyar Dilşad Rizgar Rojhat Şêrzad Agit Ciwan Delil Rêzan Xelil Zinar Ferzad Bêrîvan Hawre Hêmin Karzan Shwan Hiwa Rebin Sherko Bakhtiyar Dlshad Hemin Rawand Tavga Rezhna',
  azerbaijani:
    'Günel Nərmin Gülnar Xədicə Səidə Sevinc Könül Zəhra Rəna Zülfiyyə Şəbnəm Elşən Vüqar Orxan Tural Ramil Fərid Tofiq Vaqif Yusif Əli Hüseyn Həsən Məmməd Rövşən Nicat Elmar Coşqun Mübariz Nəsimi Seymur Taleh Telman Vüsal Eldəniz Kənan Məhəmməd Rüstəm Vəli Xəyal',
};
