/**
 * Gender evidence for he/she resolution: common given names (only names that are near-unambiguous in news text),
 * and gendered titles (lexicon.ts). Unknown stays null — a name not listed never blocks a pronoun.
 */
import { set } from './lexicon.js';

const FEMALE = set(
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
    'agnes clara ilse dana lucia greta hanna johanna freya alicia andrea-maria monica veronica silvia giulia chiara francesca ' +
    'elisa ayesha sana nadia yasmin mei',
);
const MALE = set(
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
    'rodrigo eduardo joao bernard gerard yves hugo henrik tobias marek jakub tomasz piotr',
);

export function genderOfGivenName(given: string): 'm' | 'f' | null {
  const g = given.toLowerCase();
  return FEMALE.has(g) ? 'f' : MALE.has(g) ? 'm' : null;
}
