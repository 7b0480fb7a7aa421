// Where scripts/stack.sh serves the built SPA and the API.
export const SPA = process.env.PAKT_SPA_URL ?? 'http://localhost:5173';
export const API = process.env.PAKT_API_URL ?? 'http://localhost:8080';
// The mail catcher scripts/stack.sh starts: every e-mail Pakt sends lands in its inbox (JSON at /api/email).
export const MAIL = process.env.PAKT_MAIL_URL ?? 'http://localhost:1080';
