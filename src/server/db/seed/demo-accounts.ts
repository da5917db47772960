/**
 * Demo accounts, created only by the demo seed and listed on the sign-in page only in demo mode.
 * The password is public on purpose: demo data is synthetic.
 */
import type { Role } from "../enums.ts";

export const DEMO_PASSWORD = "pikir-demo-2025";

export interface DemoAccount {
  email: string;
  role: Role;
  /** Code of the body for officers and heads. */
  bodyCode: string | null;
  displayName: string;
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
  {
    email: "officer.minfin@demo.pikir.kz",
    role: "body_officer",
    bodyCode: "min-finance",
    displayName: "Әлия Сапарова",
  },
  { email: "head.minfin@demo.pikir.kz", role: "body_head", bodyCode: "min-finance", displayName: "Ерлан Жақсылықов" },
  {
    email: "officer.almaty@demo.pikir.kz",
    role: "body_officer",
    bodyCode: "akimat-almaty",
    displayName: "Дина Омарова",
  },
  { email: "officer.health@demo.pikir.kz", role: "body_officer", bodyCode: "min-health", displayName: "Марат Исаев" },
  { email: "analyst@demo.pikir.kz", role: "ministry_analyst", bodyCode: null, displayName: "Гүлнар Серікқызы" },
  { email: "admin@demo.pikir.kz", role: "administrator", bodyCode: null, displayName: "Администратор" },
];
