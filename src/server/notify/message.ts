/** A message as every channel carries it: a title, a body and an optional link into the web app. */
export interface Message {
  title: string;
  body: string;
  /** a path in the web app, e.g. /rounds/<id> */
  link?: string | null;
}
