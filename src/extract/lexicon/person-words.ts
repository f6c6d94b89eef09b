/**
 * Person words: given names (with gender), surname shapes and particles, kinship, role and group nouns, last
 * words that make a phrase a thing rather than a person.
 * Data only: no rules.
 */
import { set } from './words.js';

/** Person-group nouns: they speak, but they are never a person or an organisation. */
export const GROUP_NOUNS = set(
  'lawmakers legislators officials analysts experts observers critics diplomats sources researchers scholars ' +
    'residents witnesses investigators authorities activists protesters leaders ministers soldiers troops people ' +
    'citizens voters members scientists economists commentators media reports reporters journalists ' +
    'insiders aides advisers advisors politicians opponents supporters officers spokespeople students teachers ' +
    'doctors nurses workers executives lawyers prosecutors police villagers locals families parents groups ' +
    'others many some several few both all most one another someone nobody everyone instructors',
);

/** Last words that make a capitalised phrase a thing or a place, not a person. */
export const NON_PERSON_HEADS = set(
  'war wars house east west north south sea ocean river peninsula region province state states street square day act ' +
    'treaty agreement accord summit games cup prize award channel island islands strait bay gulf mountains valley ' +
    'city county district republic kingdom empire federation union coast border zone line airport port station ' +
    'hall palace building tower bridge road avenue park stadium hospital prison camp base church mosque temple ' +
    'program programme project plan operation mission report index law bill code declaration charter doctrine ' +
    'revolution crisis pandemic olympics festival week month year era age dynasty regime talks conference ' +
    'deal pact airlines monday tuesday wednesday thursday friday saturday sunday january february march april ' +
    'may june july august september october november december times news post world network',
);

/** Given names that tell gender (for he/she): only names near-unambiguous in news text. */
export const FEMALE_GIVEN_NAMES = set(
  'mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy betty margaret sandra ashley ' +
    'kimberly emily donna michelle carol amanda dorothy melissa deborah stephanie rebecca sharon laura cynthia kathleen amy ' +
    'angela shirley anna brenda pamela emma nicole helen samantha katherine christine debra rachel carolyn janet catherine ' +
    'maria heather diane ruth julie olivia joyce virginia victoria kelly lauren christina joan evelyn judith megan cheryl ' +
    'hannah jacqueline martha gloria teresa ann sara madison frances kathryn janice abigail alice judy sophia grace denise ' +
    'amber doris marilyn danielle beverly isabella theresa diana natalie brittany charlotte marie kayla lori claire jane lucy ' +
    'marine sophie camille ursula annette ana lucia carmen isabel elena rosa luz marta paula sofia valentina camila gabriela ' +
    'daniela mariana fernanda yulia olga natalia tatiana irina svetlana anastasia fatima aisha amina mariam zainab leila layla ' +
    'priya anita sunita pooja neha priyanka lakshmi meera shreya naoko yoko keiko ngozi ifeoma kemi wanjiru jess jessie kate ' +
    'katie maggie meg molly nina nora eva ella ellie zoe chloe amelia mia ava lily ruby poppy lena anja ines ingrid astrid ' +
    'mette liz kamala hillary naomi esther miriam leah yael siobhan niamh aoife rocio beatriz larissa caroline celine margot ' +
    'agnes clara ilse dana greta hanna johanna freya alicia andrea-maria monica veronica silvia giulia chiara francesca ' +
    'elisa ayesha sana nadia yasmin mei' +
    ' becky dianne lindsey kellyanne nikki tammy tina tracy trish wendy whitney yvonne sheila sherry sue' +
    ' suzanne sylvia tara terri valerie vanessa vicki wanda alison allison annie audrey barb bonnie brooke candace' +
    ' carla carrie cathy cindy colleen connie courtney debbie deirdre dolores doreen eileen elaine ellen elsa' +
    ' erica erin ethel felicia gail gayle geraldine gina gwen heidi irene jackie janelle jeanne jeanette' +
    ' jenny jill jo joanne jodi josephine juanita julia kari kathy kay kelli kendra kerri kristen kristin kristina' +
    ' krista lana leslie lillian lois loretta lorraine lydia lynne marcia marcy margo marian marianne' +
    ' marjorie marlene maureen maxine melanie melinda meredith michele mildred mindy nadine nell nellie noreen' +
    ' norma paige patsy patti peggy phyllis rachael ramona renee rhonda rita roberta rosemary roxanne shannon' +
    ' sheryl stacey stacy susanna tamara tanya tiffany toni tonya trudy vera vivian wilma yolanda huma condoleezza',
);

export const MALE_GIVEN_NAMES = set(
  'james john robert michael william david richard joseph thomas charles christopher daniel matthew anthony mark donald ' +
    'steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary nicholas eric ' +
    'jonathan stephen larry justin scott brandon benjamin samuel gregory alexander frank patrick raymond jack dennis jerry ' +
    'tyler aaron jose adam nathan henry douglas zachary peter kyle ethan walter noah jeremy christian keith roger terry ' +
    'gerald harold sean carl arthur lawrence bryan billy bruce gabriel albert willie alan juan wayne elijah randy roy ' +
    'vincent ralph eugene russell bobby philip louis tom tim jim bob bill mike dan ben sam nick tony steve rob chris matt ' +
    'josh jon jeff greg liam oliver harry charlie leo oscar archie alfie freddie theo marco matteo giuseppe giovanni ' +
    'francesco alessandro lorenzo paolo pierre jacques michel philippe nicolas francois emmanuel olivier laurent julien ' +
    'antoine hans klaus jurgen wolfgang stefan andreas markus olaf friedrich karl heinz carlos luis miguel jorge pedro ' +
    'manuel antonio francisco javier rafael fernando ricardo diego alejandro sergio pablo vladimir dmitry dmitri sergei ' +
    'sergey alexei alexey ivan nikolai mikhail andrei andriy oleksandr volodymyr viktor yuri boris igor maxim pavel denys ' +
    'petro mohammed muhammad mohamed ahmed ahmad hassan hussein omar abdul abdullah ibrahim khalid mahmoud mustafa yusuf ' +
    'hamid karim tariq rashid samir walid youssef khaled faisal raj rahul amit arvind sanjay vijay anil sunil rajesh suresh ' +
    'ramesh narendra deepak arjun vikram ravi ashok manoj ajay aditya rohit nikhil hiroshi takeshi kenji akira shinzo fumio ' +
    'kwame kofi emeka tunde chinedu abubakar nnamdi femi sven lars erik anders magnus nils bjorn jens rasmus daan pieter ' +
    'willem lloyd leif marcus dean neil ian graham nigel colin derek trevor keir rishi barack chuck mitch elon warren ' +
    'sundar satya avi moshe yair naftali rhys owen gareth aled ciaran eoin padraig declan conor lucas mateo thiago gustavo ' +
    'rodrigo eduardo joao bernard gerard yves hugo henrik tobias marek jakub tomasz piotr' +
    ' trent nate nathaniel newt reince ted jeb rand bernie corey cory kirk clint curtis craig glenn dale duane' +
    ' dwight earl ed eddie edwin floyd frederick fred gordon herbert howard hal harvey jay jeffery joel johnny' +
    ' jimmy joey kurt lance leon leroy lester lonnie lyle marvin maurice max melvin mitchell morris neal norman' +
    ' otis perry phil phillip ray reggie rex rick ricky rodney ron ronnie ross rudy shane stan stuart' +
    ' terrence todd travis troy victor wade wallace wendell brent brad brett bret cody darren darrell dave' +
    ' dick don doug drew duncan elliott ernest garrett glen hank jake jared jerome jonah alec alvin' +
    ' andy arnold barry bert blake brendan brock byron calvin cameron cecil cliff clifford damian darius' +
    ' denis derrick dominic donnie dustin dwayne elliot emmett ezra felix forrest francis garry gene gil' +
    ' gilbert gus hector herman ira irving isaac jeremiah julian julius kareem ken kenny leonard' +
    ' lionel lou luke marc marty mel mickey mitt monty murray ned nolan norm orrin pete quentin' +
    ' reuben rocco rod rudolph russ sammy seth sherrod simon sonny stewart terrance thad toby tommy vance vic' +
    ' vince virgil wally walt wes zach joaquin reza ramon enrique hernan luiz marcelo nestor ruben salvador',
);

/** A set of plain-letter words that also finds their accented spellings ("siobhán", "chloé", "josé"). */
export class FoldedSet extends Set<string> {
  override has(w: string): boolean {
    return super.has(w) || (/[^\x00-\x7f]/.test(w) && super.has(w.normalize('NFD').replace(/\p{M}+/gu, '')));
  }
}

/** Given names that tell no gender. */
export const UNGENDERED_GIVEN_NAMES = set(
  'austin dylan jesse jordan joe logan mason andrea jean alexis luca vitali vitaly ali nour krishna kiran yuki ' +
    'yoshihide shigeru taro haruki kazuo koji satoshi wei ming li jun hui lei yan ying xin jing hong chen ama ' +
    'chukwu oluwaseun bola amara kamau uhuru william-ruto cyril jan jensen itamar evan adebayo atiku yemi dapo ' +
    'andre remi ' +
    // names ending in -ly, which a sentence-initial adverb check would otherwise strip ("Carly Brennan said")
    'carly holly sally polly ally shelly shelley bradley stanley wesley dudley hadley presley riley finley ' +
    'beverley kimberley marly nelly tully dolly lilly keely' +
    ' casey taylor morgan jamie kelsey alex',
);

/** Gendered names that tell he/she but are not (yet) evidence that a two-word capitalised phrase is a person. */
export const GENDER_ONLY_NAMES = set(
  'henrik tobias marek jakub tomasz piotr clara ilse dana greta hanna johanna freya alicia andrea-maria monica ' +
    'veronica silvia giulia chiara francesca elisa ayesha sana nadia yasmin mei',
);

/** Common given names (lower-case): evidence that a two-word capitalised phrase is a person. */
export const GIVEN_NAMES: Set<string> = new FoldedSet(
  [...UNGENDERED_GIVEN_NAMES, ...MALE_GIVEN_NAMES, ...FEMALE_GIVEN_NAMES].filter((n) => !GENDER_ONLY_NAMES.has(n)),
);

export const PERSON_NOUNS = set([
  'youngster',
  'teenager',
  'teen',
  'veteran',
  'man',
  'woman',
  'boy',
  'girl',
  'mother',
  'father',
  'grandmother',
  'grandfather',
  'widow',
  'victim',
  'survivor',
  'resident',
  'owner',
  'driver',
  'player',
  'striker',
  'midfielder',
  'defender',
  'goalkeeper',
  'forward',
  'batter',
  'bowler',
  'batsman',
  'rookie',
  'debutant',
  'winner',
  'champion',
  'actor',
  'actress',
  'singer',
  'star',
  'artist',
  'author',
  'novelist',
  'director',
  'farmer',
  'fisherman',
  'nurse',
  'doctor',
  'teacher',
  'student',
  'pensioner',
  'retiree',
  'father-of-two',
  'mother-of-two',
  'mum',
  'dad',
  'skipper',
  'captain',
  'coach',
  'manager',
  'rider',
  'cyclist',
  'runner',
  'swimmer',
  'pilot',
  'climber',
  'entrepreneur',
  'founder',
]);

export const NATIONAL_NOUN =
  /^(?:Briton|Brit|Dutchman|Dutchwoman|Frenchman|Frenchwoman|Englishman|Englishwoman|Scot|Welshman|Irishman|Irishwoman|Spaniard|Dane|Swede|Finn|Pole|Turk|Kiwi|Aussie|Australian|American|Canadian|German|Italian|Brazilian|Argentine|Argentinian|Mexican|Indian|Pakistani|Kenyan|Nigerian|Ethiopian|Japanese|Chinese|Korean|Belgian|Austrian|Swiss|Norwegian|Russian|Ukrainian|Colombian|Portuguese|Frenchman|Monegasque|Thai|Filipino|Jamaican|Ghanaian|Moroccan|Egyptian|Serb|Croat)$/;

export const ROLE_NOUNS = set([
  'billionaire',
  'mogul',
  'tycoon',
  'magnate',
  'businessman',
  'businesswoman',
  'passenger',
  'researcher',
  'scientist',
  'economist',
  'analyst',
  'commuter',
  'voter',
  'witness',
  'shopper',
  'worker',
  'volunteer',
  'organiser',
  'organizer',
  'campaigner',
  'activist',
  'protester',
  'lecturer',
  'professor',
  'historian',
  'photographer',
  'journalist',
  'reporter',
  'editor',
  'writer',
  'poet',
  'composer',
  'designer',
  'architect',
  'engineer',
  'lawyer',
  'solicitor',
  'barrister',
  'paramedic',
  'firefighter',
  'surgeon',
  'midwife',
  'pharmacist',
  'chef',
  'landlord',
  'tenant',
  'homeowner',
  'parent',
  'spokesperson',
  'chairperson',
  'neighbour',
  'neighbor',
  'shopkeeper',
  'trader',
  'investor',
]);

export const TEAM_ROLES = set([
  'boss',
  'manager',
  'coach',
  'captain',
  'skipper',
  'striker',
  'midfielder',
  'defender',
  'goalkeeper',
  'winger',
  'forward',
  'fans',
  'supporters',
  'players',
  'squad',
  'chairman',
  'owner',
  'director',
]);

export const NOT_OCCUPATIONS = set([
  'after',
  'under',
  'other',
  'over',
  'never',
  'ever',
  'either',
  'neither',
  'whether',
  'rather',
  'together',
  'later',
  'another',
  'consider',
  'remember',
  'offer',
  'order',
  'enter',
  'answer',
  'better',
  'number',
  'sooner',
  'former',
  'latter',
  'upper',
  'inner',
  'outer',
  'counter',
  'mentor',
  'minor',
  'major',
  'prior',
  'senior',
  'junior',
  'meant',
  'want',
  'went',
  'sent',
  'spent',
  'present',
  'recent',
  'current',
  'different',
  'percent',
  'sergeant',
]);

export const NAME_PARTICLES = set([
  'van',
  'von',
  'de',
  'der',
  'den',
  'la',
  'le',
  'del',
  'della',
  'di',
  'du',
  'da',
  'dos',
  'das',
  'ter',
  'ten',
  'bin',
  'ibn',
  'ben',
  'al',
  'el',
]);

export const EA_SURNAMES = set(
  (
    'kim lee yi park pak choi choe jung jeong chung kang cho jo yoon yun jang chang lim im han oh seo suh shin kwon hwang ' +
    'ahn an song yoo yu hong jeon chun ko go moon mun yang son sohn bae baek paik heo huh nam noh roh ha kwak sung cha joo ' +
    'woo min ryu na jin ji um doo byun pyun hyun choo ok ryoo wee tak maeng kil gil pyo ' +
    'wang li zhang liu chen huang zhao wu zhou xu sun ma zhu hu guo he lin luo gao zheng liang xie tang feng deng cao ' +
    'peng zeng xiao tian dong pan yuan cai jiang du ye cheng wei su lu ding ren shen yao xi qin fu hou meng ' +
    'nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly trinh'
  ).split(' '),
);

/** Western given names that collide with East Asian surnames when they come first. */
export const WESTERN_FIRST = set(['kim', 'lee', 'ann', 'an', 'may', 'jo', 'joe', 'ha', 'min', 'li', 'su']);

/** Kinship nouns that tell the gender of the name after them ("her husband, Leonard Ochs"). */
export const MALE_KIN = set(
  'husband son father brother uncle grandfather grandson nephew stepfather stepson boyfriend widower',
);

export const FEMALE_KIN = set(
  'wife daughter mother sister aunt grandmother granddaughter niece stepmother stepdaughter girlfriend widow',
);
