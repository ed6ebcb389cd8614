declare namespace App {
  interface Locals {
    /** Set by the first <Checklist> of a page, which places the checklists' shared support once. */
    checklistSupportPlaced?: boolean;
  }
}
