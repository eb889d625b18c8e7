// Search: titles and full text of documents, and paragraph text should paragraphs become nodes.
// Eventually consistent: Lucene takes the writes on a thread of its own after each commit, not inside it.
// Loading 25,000 resolutions took 40 s with it kept current in each transaction, 32 s so (the loader
// waits for it to catch up at its end: a few ms).
CREATE FULLTEXT INDEX documentText IF NOT EXISTS FOR (n:Document|Paragraph) ON EACH [n.title, n.text] OPTIONS {indexConfig: {`fulltext.eventually_consistent`: true}};
// Views filter resolutions by session and sort them by adoption date.
CREATE INDEX resolution_session IF NOT EXISTS FOR (n:Resolution) ON (n.session);
CREATE INDEX document_adopted IF NOT EXISTS FOR (n:Document) ON (n.adopted);
// Explorer search by the name of a conference, group, instrument or place, or the topic of a series.
CREATE FULLTEXT INDEX entityName IF NOT EXISTS FOR (n:Conference|ExpertGroup|Instrument|Series|Place) ON EACH [n.name, n.topic];
