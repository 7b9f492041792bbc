import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Builds `common-passwords.txt`: passwords people really choose, from the
 * patterns every published breach list is full of — the classic top
 * passwords and names with digits, years and punctuation appended, keyboard
 * walks, digit runs, doubled words, seasons and months with years, football
 * clubs, phrases. Nothing is downloaded. Only entries of at least 12
 * characters are kept: shorter ones already fail the length rule. All
 * lower-case; the check is case-insensitive.
 *
 * Regenerate: `node -r @swc-node/register apps/api/src/people/common-passwords.generator.ts`
 * (`common-passwords.spec.ts` fails if the file and this generator disagree).
 */
const MIN_LENGTH = 12;

/** A list written as whitespace-separated words (none of these contain spaces). */
const words = (text: string): string[] => text.split(/\s+/).filter((word) => word !== '');

const CLASSICS = words(`
  password passw0rd p@ssword p@ssw0rd pa55word pa55w0rd passwort motdepasse qwerty letmein welcome welcome1
  iloveyou admin administrator monkey dragon football baseball master sunshine shadow princess superman batman
  spiderman trustno1 abc123 michael jessica charlie jordan hunter hunter2 ranger buster soccer hockey killer
  george computer michelle thomas robert daniel andrew joshua matthew jennifer samantha elizabeth william
  jonathan christopher nicole ashley amanda hannah sophie olivia emily jack harry oliver james charlotte freedom
  whatever starwars pokemon minecraft fortnite cheese chocolate cookie banana orange purple flower pepper ginger
  tigger maggie bailey daisy poppy molly buddy lucky angel hello helloworld secret access login changeme default
  guest test testing qwerty123 qazwsx asdfgh zxcvbn mustang harley ferrari porsche corvette mercedes yankees
  cowboys eagles lakers rainbow butterfly dolphin tiger lion summer winter spring autumn january london england
  scotland wales ireland britain liverpool arsenal chelsea united manchester tottenham everton newcastle cardiff
  bristol somerset taunton mendip nhs nhspassword doctor nurse surgery practice patient health wellbeing social
  prescribing linkworker supervisor manager ladder family mother mummy daddy baby lovely love loveme iloveu
  lover sexy blessed jesus christ god heaven angels money cash golf tennis cricket rugby snoopy bubbles smokey
  silver golden diamond matrix ninja zombie pirate wizard merlin phoenix thunder blaster internet google
  facebook outlook microsoft windows apple samsung iphone android office work school college student teacher
  qwertyuiop asdfghjkl zxcvbnm 1qaz2wsx zaq12wsx abcdef abcd1234 aaaaaa azerty
`);

const SUFFIXES = [
  '',
  ...words(`
  1 12 123 1234 12345 123456 1234567 12345678 123456789 1234567890 0 00 01 11 22 69 99 007 111 321 ! !! !!! 1!
  12! 123! 1234! 12345! @1 @12 @123 @1234 #1 #123 $ * ? . _1 _123 01! 2000 2001 2010 2015 2016 2017 2018 2019
  2020 2021 2022 2023 2024 2025 2026 2027 2020! 2021! 2022! 2023! 2024! 2025! 2026! 2027! @2024 @2025 @2026
`),
];

const KEYBOARD_WALKS = words(`
  qwertyuiop qwertyuiop[] qwertyuiopasdfghjkl qwertyuiopasdfghjklzxcvbnm asdfghjkl; asdfghjkl;' zxcvbnm,./
  poiuytrewq lkjhgfdsa mnbvcxz 1qaz2wsx 1qaz2wsx3edc 1qaz2wsx3edc4rfv 1qaz2wsx3edc4rfv5tgb !qaz2wsx !qaz@wsx
  !qaz@wsx#edc !qaz@wsx#edc$rfv qazwsxedc qazwsxedcrfv qazwsxedcrfvtgb qazwsxedcrfvtgbyhn zaq12wsx zaq12wsxcde3
  zaq1xsw2cde3 zaq!xsw@cde# 1qazxsw2 1qazxsw23edc zaq1zaq1 zaq1zaq1zaq1 1q2w3e4r 1q2w3e4r5t 1q2w3e4r5t6y
  1q2w3e4r5t6y7u 1q2w3e4r5t6y7u8i q1w2e3r4 q1w2e3r4t5 q1w2e3r4t5y6 q1w2e3r4t5y6u7 1qw23er4 12qwaszx
  12qwaszx34erdfcv 1234qwer 1234qwerasdf 1234qwerasdfzxcv qwer1234 qwer1234asdf asdf1234 asdf1234zxcv
  qwerasdfzxcv asdfasdf asdfasdfasdf qwerqwer qwerqwerqwer qweasdzxc qweasdzxc123 123qweasdzxc qweqweqwe
  qweasd123 qwe123qwe123 azertyuiop qwertzuiop ytrewq qwerty qwertyui qwertyuio asdfghjk zxcvbnm
  zxcvbnmasdfghjkl qwaszx qwaszxqwaszx wasd 0okm9ijn8uhb mju7nhy6bgt5 1234rewq rewq4321 qwertyasdfgh
  qwertyasdfghzxcvbn pl,okmijn plokijuhygtf
`);

const WALK_SUFFIXES = ['', '1', '12', '123', '1234', '!', '!!', '!@#', '@', '#', '2024', '2025', '2026', 'qwerty'];

const PHRASES = words(`
  iloveyou iloveyouforever iloveyoubaby iloveyousomuch iloveyoutoo iloveyoumore ilovemymum ilovemymom ilovemydad
  ilovemykids ilovemyfamily ilovemydog ilovemycat ilovemyself ilovemylife ilovemusic ilovefootball ilovejesus
  jesuslovesme jesusloveyou jesusismylord godisgood godisgreat godislove thankyoujesus thankyougod praisethelord
  letmein letmeinnow letmeinplease letmeinletmein opensesame correcthorsebatterystaple correcthorse
  batterystaple thequickbrownfox thequickbrownfoxjumpsoverthelazydog trustnoone trustno1trustno1 whatever
  whateverwhatever changeme changemenow changemeplease changethis changeit passwordispassword mypassword
  mynewpassword newpassword oldpassword secretpassword supersecret supersecretpassword topsecret
  topsecretpassword strongpassword verystrongpassword securepassword passwordsecure nopassword forgotpassword
  forgotmypassword iforgotmypassword passwordforgot resetpassword temppassword temporarypassword defaultpassword
  adminpassword administrator adminadmin adminadminadmin rootroot rootpassword useruser testtest testtesttest
  testpassword guestguest welcomeback welcomehome welcometo welcomewelcome helloworld hellohello hellothere
  hellokitty goodmorning goodnight happybirthday happydays happyday merrychristmas christmas football
  footballfootball manchesterunited manutd manunited liverpoolfc youllneverwalkalone chelseafc arsenalfc gunners
  tottenhamhotspur spurs evertonfc newcastleunited leedsunited astonvilla westham westhamunited cardiffcity
  bristolcity bristolrovers celticfc rangersfc nottinghamforest leicestercity manchestercity mancity sunderland
  middlesbrough southampton wolverhampton blackburnrovers crystalpalace englandfootball starwars
  maytheforcebewithyou harrypotter hogwarts gameofthrones winteriscoming lordoftherings doctorwho sherlock
  spongebob minecraft fortnite pokemon superman batman spiderman ironman captainamerica blackpanther wonderwoman
  nationalhealthservice socialprescribing socialprescriber linkworker healthandwellbeing healthcoach
  carecoordinator primarycare primarycarenetwork generalpractice gpsurgery wellbeingcoach mentalhealth selfcare
  nhsengland nhswales nhsscotland nhsemployee nhsworker keyworker frontline onedayatatime justdoit neverforget
  nevergiveup keepcalm keepcalmandcarryon carpediem yolo livelaughlove liveforever foreverandalways foreveryoung
  babygirl babyboy princess sweetheart sunshine sunflower butterfly rainbow unicorn chocolate cheesecake
  pizzapizza computer internet qwertyuiop letmeinnowplease pleaseletmein accessgranted accessdenied
`);

const PHRASE_SUFFIXES = ['', '1', '12', '123', '1234', '!', '!!', '1!', '123!', '2024', '2025', '2026', '01', '69'];

const SEASONS = ['spring', 'summer', 'autumn', 'fall', 'winter'];
const MONTHS = words(`
  january february march april may june july august september october november december
`);
const DATED_SUFFIXES = ['', '!', '!!', '1', '123'];
const DATED_SEPARATORS = ['', '@'];

function years(from: number, to: number): string[] {
  return Array.from({ length: to - from + 1 }, (_, index) => String(from + index));
}

function digitRuns(): string[] {
  const runs = new Set<string>();
  const ascending = '1234567890123456789012345678901234567890';
  const descending = '0987654321098765432109876543210987654321';
  for (let length = MIN_LENGTH; length <= 20; length++) {
    runs.add(ascending.slice(0, length));
    runs.add(descending.slice(1, length + 1));
    runs.add(descending.slice(0, length));
    for (let digit = 0; digit <= 9; digit++) runs.add(String(digit).repeat(length));
  }
  const blocks = [
    '12',
    '123',
    '1234',
    '12345',
    '123456',
    '121',
    '1212',
    '112233',
    '123321',
    '147258369',
    '147852369',
    '159753',
    '159357',
    '963852741',
    '741852963',
    '258456',
    '2580',
    '0000',
    '1111',
    '1122',
    '1313',
    '2468',
    '13579',
    '24680',
    '6969',
    '1010',
    '1000',
    '2000',
    '9876',
    '98765',
    '987654',
    '4321',
    '54321',
    '654321',
    '7777',
    '8888',
    '1990',
    '1987',
    '2020',
    '2468013579',
    '0123456789',
    '112233445566',
  ];
  for (const block of blocks) {
    let repeated = block;
    while (repeated.length < MIN_LENGTH) repeated += block;
    runs.add(repeated);
    runs.add(repeated + block);
  }
  return [...runs];
}

function doubledWords(): string[] {
  return CLASSICS.flatMap((word) => [word + word, word + word + '1', word + word + '123', word + '4' + word]);
}

export function generateCommonPasswords(): string[] {
  const candidates: string[] = [];
  for (const base of CLASSICS) for (const suffix of SUFFIXES) candidates.push(base + suffix);
  for (const walk of KEYBOARD_WALKS) for (const suffix of WALK_SUFFIXES) candidates.push(walk + suffix);
  for (const phrase of PHRASES) for (const suffix of PHRASE_SUFFIXES) candidates.push(phrase + suffix);
  for (const year of years(1970, 2030)) {
    for (const word of ['password', 'passw0rd', 'p@ssword', 'p@ssw0rd', 'welcome', 'letmein', 'changeme', 'qwerty']) {
      for (const suffix of ['', '!', '1']) candidates.push(word + year + suffix);
      candidates.push(word + '@' + year);
    }
  }
  for (const year of years(2000, 2030)) {
    for (const name of [...SEASONS, ...MONTHS]) {
      for (const separator of DATED_SEPARATORS) {
        for (const suffix of DATED_SUFFIXES) candidates.push(name + separator + year + suffix);
      }
    }
  }
  for (const year of years(1980, 2030)) {
    for (const club of ['liverpool', 'arsenal', 'chelsea', 'everton', 'newcastle', 'tottenham', 'manchester']) {
      candidates.push(club + year, club + year + '!');
    }
  }
  candidates.push(...digitRuns(), ...doubledWords());
  const unique = new Set(
    candidates.map((candidate) => candidate.toLowerCase()).filter((candidate) => candidate.length >= MIN_LENGTH),
  );
  return [...unique].sort();
}

export const COMMON_PASSWORDS_HEADER = [
  '# Common passwords Ladder refuses (compared case-insensitively), one per line.',
  '# Generated by common-passwords.generator.ts from well-known patterns; do not edit by hand.',
  '# Only entries of 12 characters or more: shorter passwords already fail the length rule.',
];

export function commonPasswordsFileText(): string {
  return [...COMMON_PASSWORDS_HEADER, ...generateCommonPasswords(), ''].join('\n');
}

if (require.main === module) {
  writeFileSync(join(__dirname, 'common-passwords.txt'), commonPasswordsFileText());
}
