/** Words of name forms: title words and organisation words that are also common surnames ("Mr. King", "Jane Green"). */
import { set } from './words.js';

/** Title words that follow an honorific as a surname ("Mr. King said"); vocatives ("Mr. President") are not here. */
export const TITLE_SURNAMES = set('king prince bishop baron dean judge major marshal duke earl knight pope abbott');

/** Organisation words that are a surname after a given name ("Rachel Green", "Samantha Power", "Jennifer Law"). */
export const WORD_SURNAMES = set('green power law');
