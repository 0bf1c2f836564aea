/** The privacy statement in plain words: what is kept where, and what never leaves this device. */
export function Privacy() {
  return (
    <section aria-labelledby="privacy-h">
      <h2 id="privacy-h">Your data stays on this device</h2>
      <ul>
        <li>
          Parley reads news pages inside your browser and sends nothing anywhere: no server, no account, no
          analytics, no ads. It never loads code or data from the internet.
        </li>
        <li>
          <strong>What it found on an open tab</strong> is kept in the browser's memory for that tab only, and
          forgotten when you close the tab.
        </li>
        <li>
          <strong>Your reading history</strong> (for past context: title, address, date, the actors and the
          sentences with positions, never the whole article) is kept in this browser's storage for Parley
          until you erase it. You can pause it or forget single articles in the popup.
        </li>
        <li>
          <strong>Your reading list</strong> (the articles you save, with their text, your tags and notes) is
          kept in the same place until you delete it.
        </li>
        <li>
          <strong>These settings</strong> are kept in the browser's extension storage on this device. They are
          not synced to your other devices.
        </li>
        <li>
          In private windows Parley runs only if you allow it in the browser's extension settings, and even
          then it records nothing in your history.
        </li>
        <li>
          Parley changes nothing on the pages you read: its marks are painted over the text and vanish with
          "Hide marks".
        </li>
        <li>
          It reads only the sites listed below, sites you add yourself (your browser asks you first), and a
          page you ask it to read from its toolbar button.
        </li>
      </ul>
    </section>
  );
}
