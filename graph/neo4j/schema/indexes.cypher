// Search: titles and full text of documents, and paragraph text should paragraphs become nodes.
CREATE FULLTEXT INDEX documentText IF NOT EXISTS FOR (n:Document|Paragraph) ON EACH [n.title, n.text];
// Views filter resolutions by session and sort them by adoption date.
CREATE INDEX resolution_session IF NOT EXISTS FOR (n:Resolution) ON (n.session);
CREATE INDEX document_adopted IF NOT EXISTS FOR (n:Document) ON (n.adopted);
// Explorer search by the name of a conference, group, instrument or place, or the topic of a series.
CREATE FULLTEXT INDEX entityName IF NOT EXISTS FOR (n:Conference|ExpertGroup|Instrument|Series|Place) ON EACH [n.name, n.topic];
