/** Constructed articles that several speaker tests read, each checking a different construction in it. */

/** A senator, a department's statement, an "Asked …," answer, a spokesman for a person, a surname with a title. */
export const senateArticle = [
  'Senator Jane Doe criticised the bill on Monday.',
  'The senator, speaking to reporters outside the Capitol, said the measure would hurt farmers.',
  'In a statement, the Department of Agriculture said that it would review the bill.',
  '"This is a disaster for rural America," the statement said.',
  'Asked whether she would filibuster, Doe said: "Everything is on the table."',
  '"No comment," said a spokesman for Mr. Johnson, the majority leader.',
  'Johnson later told CNN the vote would go ahead.',
].join('\n');

/** A feature: a baker, her daughter named by kinship, a council spokesman, then the baker again. */
export const bakeryFeature =
  'When Maria Santos opened her bakery, she had no idea.\n"People stay for the conversation," says Santos, 52.\n' +
  "Her daughter, Ana, who manages the shop's social media, says business has doubled.\n" +
  'A spokesman for Leeds City Council said: "We are listening to traders."\nSantos shrugs. "We\'ll see," she says.';
