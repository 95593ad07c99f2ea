/** What the console accepts as an e-mail address (alarm contacts, invoice delivery): something@host.tld. */
export const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
