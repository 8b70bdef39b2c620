/** What is selected on the review screen: an item, and within it possibly a target or a unit name. */
export interface Selection {
  itemId: string | null;
  targetId?: string;
  unitName?: string;
}
