// Where scripts/stack.sh serves the built SPA and the API.
export const SPA = process.env.PAKT_SPA_URL ?? 'http://localhost:5173';
export const API = process.env.PAKT_API_URL ?? 'http://localhost:8080';
