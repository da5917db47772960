/**
 * The official-letter frame of every document (issue 14): letterhead, outgoing number and date,
 * addressee, signature and executor. Kazakh first; the forms follow the standard of office work
 * in state bodies (Қазақстан Республикасының мемлекеттік органдарындағы іс жүргізудің үлгілік
 * қағидалары): «№ ___ «__» ___ 20__ ж.», «Орынд.», the addressee in the dative.
 */
import { defineMessages } from "../index.ts";

const en = {
  "letter.outgoing.number": "No. ______________",
  "letter.outgoing.date": "«____» ________________ 20____",
  "letter.authorisedBody": "Ministry of Culture and Information of the Republic of Kazakhstan",
  "letter.to.authorisedBody": "To the Ministry of Culture and Information of the Republic of Kazakhstan",
  "letter.to.firstHead.1": "To the first head of",
  "letter.to.firstHead.2": "{body}",
  "letter.to.publicCouncil.1": "To the public council of",
  "letter.to.publicCouncil.2": "{body}",
  "letter.to.evaluatedBodies": "To the first heads of the evaluated state bodies",
  "letter.requisite.address": "Address: {value}",
  "letter.requisite.phone": "Tel.: {value}",
  "letter.requisite.email": "E-mail: {value}",
  "letter.requisite.website": "Website: {value}",
  "letter.requisite.bin": "BIN {value}",
  "letter.sign.head": "Head",
  "letter.sign.blank": "______________________",
  "letter.executor": "Executed by: {name}",
  "letter.executor.phone": "Tel.: {phone}",
  "letter.executor.email": "E-mail: {email}",
  "letter.executor.noPhone": "Tel.: ______________",
} as const;

type Key = keyof typeof en;

const kk: Record<Key, string> = {
  "letter.outgoing.number": "№ ______________",
  "letter.outgoing.date": "«____» ________________ 20____ ж.",
  "letter.authorisedBody": "Қазақстан Республикасының Мәдениет және ақпарат министрлігі",
  "letter.to.authorisedBody": "Қазақстан Республикасының Мәдениет және ақпарат министрлігіне",
  "letter.to.firstHead.1": "{body}",
  "letter.to.firstHead.2": "бірінші басшысына",
  "letter.to.publicCouncil.1": "{body}",
  "letter.to.publicCouncil.2": "жанындағы қоғамдық кеңеске",
  "letter.to.evaluatedBodies": "Бағаланған мемлекеттік органдардың бірінші басшыларына",
  "letter.requisite.address": "Мекенжайы: {value}",
  "letter.requisite.phone": "Тел.: {value}",
  "letter.requisite.email": "Эл. пошта: {value}",
  "letter.requisite.website": "Интернет-ресурс: {value}",
  "letter.requisite.bin": "БСН {value}",
  "letter.sign.head": "Басшы",
  "letter.sign.blank": "______________________",
  "letter.executor": "Орынд.: {name}",
  "letter.executor.phone": "Тел.: {phone}",
  "letter.executor.email": "Эл. пошта: {email}",
  "letter.executor.noPhone": "Тел.: ______________",
};

const ru: Record<Key, string> = {
  "letter.outgoing.number": "№ ______________",
  "letter.outgoing.date": "«____» ________________ 20____ г.",
  "letter.authorisedBody": "Министерство культуры и информации Республики Казахстан",
  "letter.to.authorisedBody": "В Министерство культуры и информации Республики Казахстан",
  "letter.to.firstHead.1": "Первому руководителю",
  "letter.to.firstHead.2": "{body}",
  "letter.to.publicCouncil.1": "В общественный совет",
  "letter.to.publicCouncil.2": "{body}",
  "letter.to.evaluatedBodies": "Первым руководителям оцениваемых государственных органов",
  "letter.requisite.address": "Адрес: {value}",
  "letter.requisite.phone": "Тел.: {value}",
  "letter.requisite.email": "Эл. почта: {value}",
  "letter.requisite.website": "Интернет-ресурс: {value}",
  "letter.requisite.bin": "БИН {value}",
  "letter.sign.head": "Руководитель",
  "letter.sign.blank": "______________________",
  "letter.executor": "Исп.: {name}",
  "letter.executor.phone": "Тел.: {phone}",
  "letter.executor.email": "Эл. почта: {email}",
  "letter.executor.noPhone": "Тел.: ______________",
};

export type LetterMessageKey = Key;
export const letterMessages = defineMessages<Key>({ kk, ru, en });
