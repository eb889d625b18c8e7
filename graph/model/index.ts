export * from './parse-issue.ts';
export * from './parsed-document.ts';
