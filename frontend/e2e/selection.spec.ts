import type { Page } from '@playwright/test';
import { expect, expectAccessible, loginThroughKeycloak, test } from './support';

// One flow, in order: a municipality applies, the programme office ends the call, a steering-group member
// reviews, the programme office finalises the decision, and the new site appears. Demo round 3 is open.

const ROUND = 'Dritte Auflage (Demo)';

async function openRound(page: Page) {
  await page.goto('/runden');
  await page.getByRole('link', { name: ROUND }).click();
  await expect(page.getByRole('heading', { level: 1, name: `3. ${ROUND}` })).toBeVisible();
}

test('a municipality applies, the steering group reviews, the programme office decides, the site appears', async ({
  page: kommune,
  newPage,
}) => {
  // 1. Meßkirch applies.
  await kommune.goto('/runden');
  await loginThroughKeycloak(kommune, 'kommune');
  await openRound(kommune);
  await kommune.getByRole('link', { name: 'Zur Bewerbung' }).click();
  await expect(kommune.getByText(/Bewerbungszeitraum: .* bis .* Uhr/)).toBeVisible();
  await kommune.getByLabel('Ansprechperson').fill('Markus Keller');
  await kommune.getByLabel('E-Mail').fill('integration@messkirch.example.org');
  await kommune
    .getByLabel('Motivation und Ziele')
    .fill('Helferkreis und Verwaltung entwickeln gemeinsam einen Fahrplan.');
  // The applicant is shown; partners are picked from the registry by name, topics from the topics list.
  await expect(kommune.getByText(/Antragsteller.*Meßkirch/)).toBeVisible();
  await kommune.getByRole('textbox', { name: 'Partner' }).fill('Ostrach');
  await kommune.getByRole('option', { name: /^Ostrach \(08437086\)/ }).click();
  await kommune.keyboard.press('Escape');
  await kommune.getByRole('textbox', { name: 'Handlungsfelder' }).click();
  await kommune.getByRole('option').first().click();
  await kommune.keyboard.press('Escape');
  await kommune.getByRole('button', { name: 'Entwurf speichern' }).click();
  await expect(kommune.getByText('Entwurf', { exact: true })).toBeVisible();
  await expect(kommune.getByRole('status').filter({ hasText: /Entwurf gespeichert/ })).toBeVisible();
  await expectAccessible(kommune, 'application-draft');
  await kommune.getByRole('button', { name: 'Einreichen' }).click();
  await expect(kommune.getByText('Eingereicht', { exact: true })).toBeVisible();

  // 2. The programme office ends the call (after a look at the round list and the form for a new round).
  const office = await newPage();
  await office.goto('/runden');
  await loginThroughKeycloak(office, 'programmbuero');
  await expect(office.getByRole('link', { name: ROUND })).toBeVisible();
  await expectAccessible(office, 'round-list');
  await office.getByRole('link', { name: 'Neue Förderrunde' }).click();
  await expect(office.getByRole('heading', { level: 1, name: 'Neue Förderrunde anlegen' })).toBeVisible();
  await expectAccessible(office, 'round-form');
  await office.getByRole('textbox', { name: 'Programm' }).click();
  await office.getByRole('option', { name: /Integration durch Bürgerschaftliches Engagement/ }).click();
  await office.getByRole('textbox', { name: 'Nr.' }).fill('4');
  await office.getByRole('textbox', { name: /^Titel( \*)?$/ }).fill('Vierte Auflage (Test)');
  await office.getByLabel('Beginn').fill('2027-01-15T09:00');
  await office.getByLabel('Ende').fill('2027-03-31T18:00');
  await office.getByLabel('Mindestens im Regierungsbezirk Tübingen').fill('1');
  await office.getByRole('button', { name: 'Speichern' }).click();
  await expect(office.getByRole('heading', { level: 1, name: '4. Vierte Auflage (Test)' })).toBeVisible();
  await expect(office.getByText('Entwurf', { exact: true })).toBeVisible();
  await expect(office.getByText('15.01.2027, 09:00 – 31.03.2027, 18:00')).toBeVisible(); // entered in Berlin time, shown in Berlin time
  // Consequential steps ask first and say what will happen.
  await office.getByRole('button', { name: 'Ausschreibung eröffnen' }).click();
  const opening = office.getByRole('dialog', { name: 'Ausschreibung eröffnen?' });
  await expect(opening.getByText(/Kommunen können sich im Bewerbungszeitraum bewerben/)).toBeVisible();
  await expectAccessible(office, 'confirm-dialog');
  await opening.getByRole('button', { name: 'Ausschreibung eröffnen' }).click();
  await expect(office.getByText('Ausschreibung offen', { exact: true })).toBeVisible();
  await openRound(office);
  // The application that came in is on the round page.
  await expect(office.getByRole('heading', { name: /Bewerbung(en)? eingegangen/ })).toBeVisible();
  await expect(
    office.getByRole('row').filter({ hasText: 'Meßkirch' }).getByRole('cell', { name: 'Eingereicht' }),
  ).toBeVisible();
  await expectAccessible(office, 'round-detail');
  await office.getByRole('button', { name: 'Ausschreibung beenden, Bewertung beginnen' }).click();
  await office
    .getByRole('dialog', { name: 'Ausschreibung beenden?' })
    .getByRole('button', { name: 'Ausschreibung beenden, Bewertung beginnen' })
    .click();
  await expect(office.getByText('In Bewertung', { exact: true })).toBeVisible();

  // 3. A steering-group member reviews with the keyboard-friendly radio groups.
  const steering = await newPage();
  await steering.goto('/runden');
  await loginThroughKeycloak(steering, 'steuerung');
  await openRound(steering);
  await steering.getByRole('link', { name: 'Bewerbungen bewerten' }).click();
  await expect(steering.getByRole('heading', { level: 2, name: /Meßkirch, Ostrach/ })).toBeVisible();
  const groups = steering.locator('main').getByRole('radiogroup');
  await expect(groups.first()).toBeVisible();
  await expect(groups).toHaveCount(3); // the round's three criteria
  for (const group of await groups.all()) {
    await group.getByRole('radio', { name: '4' }).check();
  }
  await steering.getByRole('button', { name: 'Bewertung speichern' }).click();
  await expect(steering.getByText('Ihre Bewertung ist gespeichert.')).toBeVisible();
  await expectAccessible(steering, 'review');

  // 4. The programme office finalises what the proposal suggests; the confirmation says what will happen.
  await office.getByRole('link', { name: 'Rangliste und Auswahl' }).click();
  await expect(office.getByRole('heading', { level: 1, name: /Rangliste und Auswahl/ })).toBeVisible();
  await expect(office.getByText('✓ nach Punktzahl').or(office.getByText('✓ wegen Quote')).first()).toBeVisible();
  await expectAccessible(office, 'selection');
  await office.getByRole('button', { name: 'Endgültig beschließen' }).click();
  const dialog = office.getByRole('dialog', { name: 'Entscheidung endgültig beschließen?' });
  await expect(dialog.getByText('1 Bewerbungen werden ausgewählt; für jede entsteht ein Standort.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Endgültig beschließen' }).click();
  await expect(office.getByText('Revision 1 (Endgültig)')).toBeVisible();

  // 5. The site is there, for everybody.
  const anyone = await newPage();
  await openRound(anyone);
  const row = anyone.getByRole('row').filter({ hasText: 'Meßkirch' });
  await expect(row).toBeVisible();
  await expect(row).toContainText(/Ostrach/);
  await expect(row).toContainText(/40\.000\s€/);
  await expectAccessible(anyone, 'round-sites');
});
