// Words that begin a new clause after "and" inside a paragraph ("..., and reaffirming the need", "and
// calls upon States"): the lead phrases of preambular and operative paragraphs, and the words that
// start a new list item ("and its", "and all").
export const clauseWords =
  'recalling|reaffirming|noting|taking|welcoming|stressing|emphasi[sz]ing|underlining|underscoring|recogni[sz]ing|expressing|bearing|' +
  'acknowledging|reiterating|affirming|considering|highlighting|commending|mindful|convinced|concerned|aware|determined|deploring|' +
  'condemning|urging|calling|requesting|inviting|encouraging|looking|calls|requests|urges|decides|invites|encourages|encourage|reaffirms|notes|' +
  'welcomes|stresses|emphasi[sz]es|recogni[sz]es|affirms|underlines|reiterates|takes|expresses|acknowledges|commends|supports|' +
  'endorses|demands|condemns|deplores|its|all|their|decisions|statements|other|previous|relevant|in particular|also|further|to';
