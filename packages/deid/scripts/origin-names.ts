// First names and surnames of origins common in Dutch neighbourhoods that no package in the
// registry lists (faker has no Surinamese, Antillean, Cape Verdean, Somali, Eritrean, Afghan,
// Syrian, Bulgarian or Moluccan locale; its Arabic and Persian names are in Arabic script, which
// Dutch files do not use). Kept by hand from general knowledge of naming in each community, in the
// Latin spellings Dutch records use (Dutch oe for u in Surinamese names: Ramkisoen, Soekhai), never
// from an evaluation set; build-lexicon.ts adds them to the generated lists, where the filter for
// names that are also Dutch words applies as to every other source.

/** Common first names, by origin. */
export const ORIGIN_FIRST_NAMES: Record<string, string> = {
  // Faker's Dutch names are a newborn's; case notes name grandparents too.
  dutch_older:
    'Henk Gerrit Wim Kees Piet Klaas Jan Joop Hans Ton Cor Bert Harm Hendrik Hennie Herman Jaap Jacob Koos Leen Arie Dirk Evert Frits Gert Gijs Hein Henny Huub Jos Joost Lambert Maarten Nico Rinus Rien Sjaak Teun Theo Toon Wout Willem Hendrikus Gerardus Johannes Cornelis Petrus Adrianus Wilhelmus Jacobus Franciscus Riet Bep Truus Gerda Ans Joke Corrie Annie Mien Greet Tiny Dini Diny Gonny Jannie Rika Sientje Ria Els Ineke Marijke Wilma Trudy Nel Nelly Miep Toos Lenie Leny Ada Aafke Hillie Geesje Aaltje Grietje Klaasje Jantje Hendrika Johanna Cornelia Wilhelmina Adriana Petronella Geertruida Catharina Gerarda Jacoba Dina Tineke Thea Gretha Tonnie Tonny Mia Bets Betsie Mies Loes Lies Liesbeth Mieke Hanneke Gerrie Gerry Truus Alie Jopie Fien Door Dorus Bram Hannie Gijsbert Wijnand Gerard Ruud Rob Frans Sjef Har Mart Jeanne Lien Annet Ingrid Carla Marja Margriet Hetty Jolanda Astrid',
  frisian:
    'Sjoerd Tjeerd Wiebe Hylke Jelle Sytse Gerben Auke Douwe Popke Fokke Oeds Tjitske Baukje Sjoukje Froukje Hiske Aukje Geeske Ytsje Antsje Trijntje Janneke Lolkje Wytske Femke Minke Sietske Tsjalle Ruerd Bauke Folkert Haitske Jitske Renske Tjalling Harmen Siebe Jetske Durk Jouke',
  hindustani:
    'Anil Ashwin Anjali Asha Ashok Chandrika Devika Dinesh Girish Haresh Indra Jairam Kavita Kiran Kishan Krishna Lakshmi Lalita Mahesh Manoj Meera Mohini Naresh Navin Nisha Parbati Pooja Prakash Priya Radj Radjesh Rajesh Rakesh Ramesh Ravi Rishi Rohit Sanjay Sarita Savitri Shanti Sharda Sheila Shanta Soenita Soeshma Sunil Sunita Suresh Urmila Vijay Vikash Vishal Wiedjai Ashna Ajay Anand Chandra Devi Gita Kamla Kalpana Madhu Nandini Padma Rani Rekha Ritu Sangita Shirin Subhas Usha Yogesh',
  javanese_surinamese:
    'Soekarno Sarmi Sarinah Soeparman Sastro Tijem Paiman Kartini Poniman Soekirman Tukinem Wagiman Warsini Soedjono Djoko',
  creole_surinamese:
    'Glenn Romano Ruben Gilmar Jurgen Marlon Clarence Quincy Shirley Ingrid Natasha Romeo Roel Errol Ricardo Rinaldo Lucretia Henna Iwan Orlando Dewy Genaro Joan Rachelle Jerrel Humphrey Ronnie Sherida Rosita Denise Priscilla Earl Edgar Winston Lloyd Aldrin Sharona Shanice Shaquille Jermaine Juanita',
  antillean:
    'Shurendy Jurich Sharella Shanaira Jeandro Rigenald Giandro Churandy Jurickson Leandro Shudaira Sheryl Jurensley Curwin Ashwin Zuleika Gerwin Rignald Jandino Sharifa Rowendy Sherwin Glenderson Jaïr Kenrick Shaira Naomy Anouska Rudsel Edsel Jurgen Eldrick Jeffrey Ruthmila Suhaila Shirleny Xiomara Yanick Ederson Eugenio',
  cape_verdean:
    'Djeison Adilson Ailton Edmilson Nelson Manuel Neusa Carla Odair Elton Gilson Hélder Jailson Mirandolina Domingas Ivone Zenaida Maria Adelina Nilton Arlindo Danilson Emanuel Evandro Fernandinho Ivanilson Rosalina Djamila Edna Elisangela',
  somali:
    'Abdi Abdirahman Abdullahi Abdiaziz Abdikarim Abdiwali Abdinasir Ahmed Ayaan Bashir Deeqa Faadumo Fadumo Farah Farhiya Filsan Hamdi Hassan Hibaaq Hodan Hussein Idil Ifrah Ikran Ilhan Ismail Jama Kaltun Khadar Layla Luul Maryan Muna Mustafe Nasra Nimco Osman Qamar Sahra Samira Sagal Shukri Sucaad Ubah Warsame Xamdi Yasmin Yusuf Zamzam Cawo Hawo Istahil Sahal Mohamud Guled Liban Mahad Abshir Axmed Cabdi Cabdullahi Xasan Maxamed',
  eritrean:
    'Abraham Aklilu Aman Amanuel Asmerom Awet Berhane Bereket Biniam Daniel Dawit Efrem Eyob Feven Filmon Freweyni Ghirmay Habtom Haben Helen Henok Kibrom Kidane Luwam Mebrat Medhanie Merhawi Mehari Meron Michael Mussie Nahom Natnael Rahel Robel Ruta Saba Samuel Selam Semhar Senait Simon Tekle Teklemariam Tesfay Tesfaldet Tesfit Tewelde Tigist Tsega Tsegay Winta Yonas Yohannes Yemane Yodit Zerai Zewdi Abrehet Hiwet Rezene Filimon Ermias Mulugeta Almaz Genet Aster Letay Nebiat Yordanos Sennait Weini',
  afghan:
    'Abdul Ahmad Ajmal Arash Aziz Bashir Behrouz Fahim Farid Fereshta Freshta Hamid Haroon Hasib Homayoun Jawad Khalid Latifa Mahbooba Malalai Marwa Masouda Mina Mirwais Mohammad Mursal Nazir Nazira Nilofar Omid Parwana Parwin Rahim Rahmatullah Roya Sadiq Safiullah Sahar Samim Shabnam Shafiq Shakila Sharifa Sohrab Soraya Sultan Tamana Wahid Waheed Yama Zabihullah Zahra Zalmai Zarghuna Zarmina Zia Ziaulhaq Habibullah Najibullah Asadullah Hamidullah Ezatullah Naveed Samiullah Wais Hadia Hosna Karima Laila Maryam Nadia Nasima Nazanin Paiman Parisa Sediqa Setara Shokria Sima Tahmina Zohal',
  syrian_iraqi:
    'Ahmad Alaa Ali Amer Anas Bassel Bashar Dima Ehab Fadi Ghaith Hadi Hala Hiba Hussam Issa Jamal Kinan Lama Loay Maher Majd Mazen Mohanad Muhannad Nour Omar Qusai Rama Rami Rana Rasha Reem Ruba Saeed Samer Shadi Tarek Wael Waleed Yaman Yazan Zain Zaid Rawan Razan Batoul Bushra Aya Ola Ghada Haya Jana Joud Leen Masa Nada Sidra Tasneem Yara Zeina Haider Mustafa Karrar Sajjad Zainab Fatima Ammar Ayham Firas Hazem Khaled Louai Mahmoud Muhammad Nizar Osama Raed Riad Salah Tamer Ziad',
  moroccan:
    'Abdelkader Abdellah Abdelhak Abdelaziz Abdessamad Adil Aicha Amal Anouar Asmae Bilal Bouchra Brahim Driss Fatiha Fouad Hafsa Hamza Hanan Hassan Houda Ikram Ilham Ilias Imane Jamila Karim Khadija Latifa Loubna Malika Mohamed Mounir Mustapha Nadia Najat Naima Nordin Rachid Redouan Saida Salima Samira Soufiane Touria Yassine Youssef Zakaria Zineb Anass Ayoub Chaima Ilyas Marouane Mimoun Mohammed Nabil Noureddine Rkia Safae Yamina Zohra Fadoua Hicham Khalid Mourad Omar Othman',
  bulgarian:
    'Aleksandar Anelia Angel Asen Atanas Biserka Bogdan Borislav Boyan Boyana Daniela Desislava Dimitar Elena Emil Galina Georgi Hristo Ilian Iliyana Ivaylo Kalina Kamelia Krasimir Lyubomir Milena Mariana Nikolay Petar Plamen Radoslav Radostina Rosen Rumyana Silviya Stanislav Stefka Stoyan Svetla Svetoslav Tsvetan Tsvetelina Todor Valentin Vasil Veselin Yordan Yordanka Zdravko Zornitsa Gergana Teodora Viktoria',
  chinese_cantonese: 'Wai Ming Kwok Fai Kin Siu Mei Ling Yuk Lai Ying Chun Kwan Hoi Sau Wing Yee Wah Hung Lok Yan',
  vietnamese:
    'Anh Binh Chau Cuong Dung Hanh Hieu Hoa Huong Hung Khanh Lan Linh Loan Mai Minh Ngoc Nhung Phuong Quang Quynh Tam Thanh Thao Thu Thuy Trang Trung Tuan Tuyet Vinh Yen',
  ghanaian_akan:
    'Kwame Kwabena Kwaku Kwadwo Kofi Kojo Kwasi Yaw Akosua Adjoa Abena Akua Yaa Afua Ama Efua Esi Adwoa Nana Kobina Ekow Ato Araba Ekua Fiifi Kwesi',
  moluccan: 'Johny Ferry Ronny Yopie Frits Hein Welmoed Nona Yoke Willy Teddy Bram Mozes Hendrik Agus Alfons Dominggus Julius Sammy',
  polish_romanian:
    'Bartek Bartosz Grzegorz Krzysztof Łukasz Lukasz Mateusz Przemysław Przemek Wojciech Zbigniew Małgorzata Malgorzata Agnieszka Katarzyna Magdalena Joanna Ionuț Ionut Mihai Andrei Bogdan Cristian Florin Gheorghe Vasile Marius Ionela Mihaela Alina Roxana Loredana Florentina',
};

/** Common surnames, by origin. */
export const ORIGIN_SURNAMES: Record<string, string> = {
  hindustani:
    'Autar Baldewsingh Bhagwandin Bisessar Chotoe Dewnarain Doerga Gangaram Harkisoen Jadnanansing Jagesar Jhinkoe Kalloe Kanhai Lachmon Madhoe Mahabier Mangroe Mohan Nandoe Oemraw Ramautar Ramcharan Ramdin Ramkisoen Ramlal Ramnath Ramsaran Sardjoe Sewdien Sital Soekhai Soekhlal Tewari Tiwari Ramdhani Ramsoekh Bharos Biharie Ghisaidoobe Jankipersad Kisoensingh Mathoera Moenne Persad Radjkoemar Raghoenath Rambaran Ramdjan Ramphal Soerdjbalie Sewpersad Sitaldin Baboeram Kalika Matai Phagoe Ramdas Sheombar Dwarka Balesar Bajnath Ganpat Hira Jagroep Lall Nanhoe Parbhoe Rampersad Sewbaran',
  javanese_surinamese:
    'Karijopawiro Kromodimedjo Kromosoeto Sarmo Soemodihardjo Sontosoewirjo Pawirodihardjo Moestadja Wongsodikromo Karsowidjojo Kartoredjo Sastrodimedjo Atmodikoro Dikromo Irodikromo Kasanmoesdiran Mangoenkarso Ardjosemito Paidin Sosrowidjojo Setrowidjojo Tosari Wirjosentono Resodikromo Ngadimin',
  creole_surinamese:
    'Pinas Wix Zaandam Vlijter Emanuels Lont Sno Gefferie Waaldijk Fernandes Kolf Nelom Brunings Doelwijt Vyent Kensenhuis Pengel Wijngaarde Kasanpawiro Samson Breeveld Zschuschen Eersteling Linger Dors Hoever Menig Kanta Landveld Tjon Tjin-A-Tsoi Tjong-A-Hung Fung-A-Loi Lie-A-Ling Kew-A-Tjoe Sabajo Pryor Dijksteel Ceder Kasimo Amelo Mac-Donald Biswane Ooft Wolff Renfurm Cairo Naarendorp Karg Defares Hirschfeld Haarloo Gummels Malmberg Fränkel',
  antillean:
    'Martina Rosaria Isenia Maduro Pieternella Wiels Girigori Cijntje Juliana Statia Pietersz Winklaar Bernabela Lasten Sillé Thomasa Doran Rojer Cicilia Coffie Elisabeth Felida Francisca Gijsbertha Illidge Jacobs Josepha Koeiman Leito Loran Marchena Marcelina Martha Maria Mercelina Nicolaas Paula Petrona Plantijn Richardson Rodriguez Rosalia Semeleer Silberie Sulvaran Tromp Victorina Anthony Albertus Clemencia Constantia Evertsz Everts Hato Janga Kook Lopes Nahar Ostiana Regales Schotborgh Zimmerman',
  cape_verdean:
    'Lopes Tavares Fortes Gomes Monteiro Semedo Delgado Fernandes Rodrigues Varela Brito Soares Andrade Pina Moreira Barros Ramos Mendes Évora Evora Furtado Cabral Spencer Duarte Medina Livramento Gonçalves Goncalves Correia Centeio Sanches Veiga Moniz Almeida',
  somali:
    'Abdi Abdullahi Ahmed Aden Ali Awale Dahir Dirie Egal Elmi Farah Guled Hassan Hirsi Hussein Ismail Jama Jibril Mohamed Mohamud Mohamoud Nur Noor Omar Osman Samatar Sheikh Warsame Yusuf Yasin Abdirahman Abdulle Adan Barre Bile Duale Gedi Haji Hersi Isse Mahamed Mire Muse Nuur Qasim Roble Shire Siad Warfa Xasan Cabdi',
  eritrean:
    'Tesfay Tesfamariam Haile Berhane Ghebremichael Gebremichael Ghebreyesus Yohannes Mehari Kidane Tekle Tewelde Habte Weldu Gebremedhin Ghebremedhin Negash Asmerom Tsegay Tesfamichael Andemariam Abraha Araya Asfaha Bahta Beraki Debesay Fesehaye Fitsum Gebrekidan Gebreselassie Gebru Ghirmay Habtemariam Habtemichael Hagos Kahsay Kifle Mebrahtu Mesfin Mengsteab Negassi Okbazghi Russom Semere Solomon Teklehaimanot Teklu Tesfagiorgis Tesfu Woldemichael Woldu Yemane Zerai Goitom Kesete Berhe',
  afghan:
    'Ahmadi Rahimi Karimi Hashimi Sultani Noori Popal Wardak Safi Zazai Stanikzai Mohammadi Hakimi Amiri Rezaie Rezai Hussaini Hosseini Sadat Nazari Haidari Azizi Sharifi Jalali Habibi Samadi Rahmani Rasuli Qaderi Faizi Mansoori Naseri Niazi Durrani Barakzai Popalzai Achakzai Alokozay Ghaznawi Mirzai Yousufzai Yusufzai Taheri Sahak Kakar Mangal Sadiqi Akbari Amini Ibrahimi Jafari Kazimi Mohseni Qasimi Saberi Shirzad Wahidi Zahiri Noorzai Hotak',
  syrian_iraqi:
    'Alhamoud Aljasem Almohammad Alsaleh Alahmad Alali Alhussein Alkhatib Alabdullah Alhasan Alibrahim Alomar Alsheikh Haddad Darwish Hamdan Khalil Kassem Mansour Najjar Nasser Qassem Rahal Saleh Sabbagh Shami Yassin Zaher Hamdo Hamwi Halabi Homsi Kurdi Masri Othman Shaheen Suleiman Tahan Zidan Aldarwish Alhamadi Alrashid Alnajjar Alsayed Alkhalil Aljaber Alzoubi Alhajj Alkurdi Hammoud Jaber Kanaan Rashid Sawaf Sayegh Jubouri Alrubaie Aljanabi Altamimi Alsaadi Alobaidi',
  moroccan:
    'Bouzid Bouali Boukhari Boulaich Benali Bensaid Belhaj Chaouch Chaara Ouali Ouahabi Azzouzi Achahbar Aarab Abbou Akkouh Amrani Azarkan Bakkali Boujdaini Bouchtaoui Chakir Charrouf Dahri Elbakkali Elkaddouri Elmoussaoui Ennaji Fathi Habchi Hajji Haddouchi Kaddouri Khattabi Lamrani Lahlah Marzouki Mouhib Moussaoui Nouri Oulad Rachidi Rifi Saidi Tahiri Touzani Yahyaoui Zaoui Ziani Zouhri Asbai Boutaleb Choukri Essafi Hamdaoui Mrabet Skalli',
  bulgarian:
    'Angelov Angelova Atanasov Atanasova Dimitrov Dimitrova Georgiev Georgieva Hristov Hristova Iliev Ilieva Ivanov Ivanova Kolev Koleva Kostov Kostova Marinov Marinova Nikolov Nikolova Petkov Petkova Petrov Petrova Popov Popova Stoyanov Stoyanova Todorov Todorova Vasilev Vasileva Yordanov Yordanova Zhelev Zheleva Mihaylov Mihaylova Stefanov Stefanova Pavlov Pavlova Dimov Dimova Aleksandrov Aleksandrova Hasanov Ahmedov Mustafov Alieva',
  chinese_cantonese:
    'Chan Cheung Chow Chiu Chung Fung Ho Hui Kwan Kwok Lam Lau Lee Leung Li Lo Lui Mak Man Ng Poon Siu Tam Tang Tse Tsang Tsui Wong Wu Yau Yeung Yip Yuen Cheng Choi Fong Kong Kwong Ma Tong Chu Sze Tjoe Tjong Liem Oei Tan Kho Lie',
  moluccan:
    'Latumahina Manuhutu Pattiasina Tahapary Wattimena Sahetapy Tuhumury Ririmasse Lokollo Matulessy Pattipeilohy Latuheru Nanlohy Siahaya Tutuhatunewa Lewerissa Sopacua Kakiay Hatuwe Soplantila Tahitu Pelupessy Sapulette Tanasale Ferdinandus Tomasoa Uneputty Waas Anakotta Hehanussa',
};

/** One origin's list as names: words split on spaces, kept as written (capitalised, diacritics and all). */
export const namesOfOrigins = (lists: Record<string, string>): string[] =>
  Object.values(lists)
    .flatMap((list) => list.split(/\s+/))
    .filter(Boolean);
