// One uniqueness constraint per node key of graph/model/graph-rows.ts (nodeKey); each also gives a
// range index for the MERGE and MATCH on that key. Names are stable so that reruns are no-ops.
CREATE CONSTRAINT document_symbol IF NOT EXISTS FOR (n:Document) REQUIRE n.symbol IS UNIQUE;
CREATE CONSTRAINT conference_key IF NOT EXISTS FOR (n:Conference) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT expert_group_key IF NOT EXISTS FOR (n:ExpertGroup) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT place_name IF NOT EXISTS FOR (n:Place) REQUIRE n.name IS UNIQUE;
CREATE CONSTRAINT agenda_item_key IF NOT EXISTS FOR (n:AgendaItem) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT instrument_key IF NOT EXISTS FOR (n:Instrument) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT series_key IF NOT EXISTS FOR (n:Series) REQUIRE n.key IS UNIQUE;
// Paragraph ids (pp1, op3) repeat across documents; the pair with the document's symbol does not.
CREATE CONSTRAINT paragraph_doc_id IF NOT EXISTS FOR (n:Paragraph) REQUIRE (n.docSymbol, n.id) IS UNIQUE;
