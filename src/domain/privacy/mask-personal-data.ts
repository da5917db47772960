/**
 * Masks of an appellant's personal data (Law of the Republic of Kazakhstan "On personal data and
 * their protection"): what a role that evaluates but does not answer the citizen may see. Each mask
 * keeps just enough to tell two appellants apart on a screen, never enough to contact or identify one.
 *
 * Rules:
 *   name     every word → its first letter + "***"            Иванов Пётр Сергеевич → И*** П*** С***
 *   IIN      12 digits → first 2 and last 2 kept, 8 "*"        950315400127 → 95********27
 *            (the first two are the birth year's last digits, the last two a serial digit and the
 *            check digit: neither the birth date nor the serial number survives); anything that is
 *            not 12 digits is masked whole
 *   phone    every digit but the last 2 → "*", separators kept; a leading "+7" (country code) or the
 *            "8" of an 11-digit number (trunk prefix) stays      +7 701 123 45 67 → +7 *** *** ** 67
 *   e-mail   first letter of the local part + "***@" + domain  petr.ivanov@mail.kz → p***@mail.kz
 *   address  the first comma-separated part (the locality) kept, the rest "***"; a leading 6-digit
 *            postcode is kept with the part after it; an address without a comma is masked whole
 *            (it cannot be told whether its only part is a town or a street)
 *                                                             г. Астана, ул. Кенесары, 40-12 → г. Астана, ***
 */

const MASK = "***";

export interface PersonalData {
  fullName: string | null;
  iin: string | null;
  phone: string | null;
  email: string | null;
  address: string | null;
}

const blank = (value: string | null | undefined): value is null | undefined =>
  value === null || value === undefined || value.trim() === "";

export function maskName(name: string | null | undefined): string | null {
  if (blank(name)) return null;
  return name
    .trim()
    .split(/\s+/u)
    .map((word) => `${Array.from(word)[0]}${MASK}`)
    .join(" ");
}

export function maskIin(iin: string | null | undefined): string | null {
  if (blank(iin)) return null;
  const digits = iin.replace(/[\s-]/g, "");
  if (!/^\d{12}$/.test(digits)) return "*".repeat(Math.max(digits.length, 4));
  return `${digits.slice(0, 2)}${"*".repeat(8)}${digits.slice(10)}`;
}

export function maskPhone(phone: string | null | undefined): string | null {
  if (blank(phone)) return null;
  const value = phone.trim();
  // The country code (+7) or the trunk prefix (8 of an 11-digit number) says nothing about the person.
  const prefix = value.startsWith("+7")
    ? "+7"
    : value.startsWith("8") && value.replace(/\D/g, "").length === 11
      ? "8"
      : "";
  const rest = value.slice(prefix.length);
  const total = rest.replace(/\D/g, "").length;
  let seen = 0;
  return prefix + rest.replace(/\d/g, (d) => (++seen > total - 2 ? d : "*"));
}

export function maskEmail(email: string | null | undefined): string | null {
  if (blank(email)) return null;
  const value = email.trim();
  const at = value.lastIndexOf("@");
  if (at <= 0) return `${Array.from(value)[0]}${MASK}`;
  return `${Array.from(value)[0]}${MASK}@${value.slice(at + 1)}`;
}

export function maskAddress(address: string | null | undefined): string | null {
  if (blank(address)) return null;
  const parts = address
    .split(",")
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length < 2) return MASK;
  const keep = /^\d{6}$/.test(parts[0]!) ? 2 : 1;
  if (parts.length <= keep) return MASK;
  return [...parts.slice(0, keep), MASK].join(", ");
}

export function maskPersonalData(data: PersonalData): PersonalData {
  return {
    fullName: maskName(data.fullName),
    iin: maskIin(data.iin),
    phone: maskPhone(data.phone),
    email: maskEmail(data.email),
    address: maskAddress(data.address),
  };
}
