/**
 * Illustrative requisites of the demo accounts' bodies, so the demo's letters show a filled frame
 * (issue 14). NOT the bodies' real address, phone, e-mail or BIN: every address says "демо", the
 * phones are 00-numbers, the e-mails are under demo.pikir.kz, and the BINs are made-up numbers
 * that only pass the check digit.
 */
import { binCheckDigit } from "../../../../domain/registry/bin.ts";

export interface DemoRequisites {
  addressKk: string;
  addressRu: string;
  phone: string;
  email: string;
  bin: string;
}

/** A made-up BIN with a valid check digit: the eleven digits, then the check digit. */
function demoBin(first11: string): string {
  const check = binCheckDigit(first11);
  if (check === null) throw new Error(`no check digit for ${first11}`);
  return `${first11}${check}`;
}

export const DEMO_REQUISITES: Record<string, DemoRequisites> = {
  "min-finance": {
    addressKk: "010000, Астана қ., Демо көшесі, 1 (демо деректер)",
    addressRu: "010000, г. Астана, ул. Демо, 1 (демонстрационные данные)",
    phone: "+7 7172 00 00 01",
    email: "kense@minfin.demo.pikir.kz",
    bin: demoBin("00000000001"),
  },
  "akimat-almaty": {
    addressKk: "050000, Алматы қ., Демо алаңы, 2 (демо деректер)",
    addressRu: "050000, г. Алматы, пл. Демо, 2 (демонстрационные данные)",
    phone: "+7 727 000 00 02",
    email: "kense@almaty.demo.pikir.kz",
    bin: demoBin("00000000002"),
  },
  "min-health": {
    addressKk: "010000, Астана қ., Демо даңғылы, 3 (демо деректер)",
    addressRu: "010000, г. Астана, пр. Демо, 3 (демонстрационные данные)",
    phone: "+7 7172 00 00 03",
    email: "kense@health.demo.pikir.kz",
    bin: demoBin("00000000003"),
  },
};

/** The demo accounts' phones for the letters' executor line (00-numbers, not real). */
export const DEMO_PHONES: Record<string, string> = {
  "officer.minfin@demo.pikir.kz": "+7 7172 00 01 01",
  "officer.almaty@demo.pikir.kz": "+7 727 000 01 02",
  "officer.health@demo.pikir.kz": "+7 7172 00 01 03",
  "analyst@demo.pikir.kz": "+7 7172 00 01 04",
};
