import { helpEn } from './content.en';
import { helpPl } from './content.pl';
import { helpTopics, type HelpContent, type HelpSection } from './types';

export * from './types';
export { helpEn, helpPl };

export const helpContent: Record<'en' | 'pl', HelpContent> = { en: helpEn, pl: helpPl };

/** The sections in reading order for a language. */
export const helpSections = (language: 'en' | 'pl'): HelpSection[] => helpTopics.map((topic) => helpContent[language][topic]);
