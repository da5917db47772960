/**
 * Messages of teamwork (issue 13): notifications of assignments and returned reviews, on the
 * screen (the bell) and by mail through the outbox. English defines the keys. A returned review
 * carries the head's notes (not §2.8 comments), so English says "notes".
 */
import { defineMessages } from "../index.ts";

const en = {
  "notification.item.assigned": "{by} assigned you item #{itemId}",
  "notification.items.assigned": "{by} assigned you {count} items",
  "notification.due": " — due {dueOn}",
  "notification.review.returned": "{by} returned the quarterly analysis for {quarter} for revision",
  "mail.subject": "Pikir: {title}",
  "mail.greeting": "Dear {name},",
  "mail.footer": "Open Pikir to see it: {link}. This message was sent automatically.",
};

export const teamworkMessages = defineMessages<keyof typeof en>({
  en,
  kk: {
    "notification.item.assigned": "{by} сізге №{itemId} жазбаны тапсырды",
    "notification.items.assigned": "{by} сізге {count} жазбаны тапсырды",
    "notification.due": " — мерзімі {dueOn}",
    "notification.review.returned": "{by} {quarter} тоқсандық талдауын пысықтауға қайтарды",
    "mail.subject": "Pikir: {title}",
    "mail.greeting": "Құрметті {name},",
    "mail.footer": "Pikir-де ашып қараңыз: {link}. Бұл хат автоматты түрде жіберілді.",
  },
  ru: {
    "notification.item.assigned": "{by} поручил(а) вам запись №{itemId}",
    "notification.items.assigned": "{by} поручил(а) вам записей: {count}",
    "notification.due": " — срок {dueOn}",
    "notification.review.returned": "{by} вернул(а) квартальный анализ за {quarter} на доработку",
    "mail.subject": "Pikir: {title}",
    "mail.greeting": "Уважаемый(ая) {name},",
    "mail.footer": "Откройте Pikir, чтобы посмотреть: {link}. Письмо отправлено автоматически.",
  },
});
