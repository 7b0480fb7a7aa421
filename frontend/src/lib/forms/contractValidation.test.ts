import { afterEach, describe, expect, it } from 'vitest';
import i18n from '../../i18n/app';
import { centsOf, contractValidation, formPath, inputErrors, numberOf, toFormErrors } from './contractValidation';

const program = {
  title: 'Lernnetzwerk',
  funder: 'Ministerium für Soziales und Integration Baden-Württemberg',
  coordinatingBody: 'Führungsakademie Baden-Württemberg',
};

describe('the contract check of an input', () => {
  afterEach(async () => {
    await i18n.changeLanguage('de');
  });

  it('passes an input within the constraints', () => {
    expect(inputErrors('ProgramInput', program, i18n.t)).toEqual({});
  });

  it('names a too long title, a missing required field and a bad pattern in German', () => {
    const errors = inputErrors('ProgramInput', { ...program, title: 'x'.repeat(301), funder: '  ' }, i18n.t);
    expect(errors).toEqual({ title: 'höchstens 300 Zeichen', funder: 'Pflichtfeld' });

    const facilitator = inputErrors(
      'FacilitatorInput',
      { name: 'Fatma Yıldız', homeRegionKey: '099', capacity: 3 },
      i18n.t,
    );
    expect(facilitator).toEqual({ homeRegionKey: 'hat nicht die erwartete Form' });
  });

  it('checks nested objects and list entries at their paths', () => {
    const errors = inputErrors(
      'RoundInput',
      {
        programId: '6f1f3c1e-5a43-4c1b-9d0e-2a7b8c9d0e01',
        number: 2,
        title: 'Zweite Auflage',
        capPerSiteCents: 4_000_000,
        totalBudgetCents: 52_000_000,
        targetSites: 13,
        eligibleApplicantKinds: [],
        applicationWindow: { opensAt: '2027-01-15T08:00:00.000Z', closesAt: '' },
        criteria: [{ key: 'Bedarf und Ausgangslage', title: 'Bedarf', weight: 101 }],
      },
      i18n.t,
    );
    expect(errors).toEqual({
      eligibleApplicantKinds: 'mindestens einen Eintrag wählen',
      'applicationWindow.closesAt': 'Pflichtfeld',
      'criteria.0.key': 'nur Kleinbuchstaben, Ziffern und Bindestriche (höchstens 40 Zeichen)',
      'criteria.0.weight': 'höchstens 100',
    });
  });

  it('takes an empty number field as missing and names money bounds in euros', () => {
    expect(
      inputErrors(
        'BookingInput',
        { kind: 'EVENT', description: 'Raummiete', amountCents: centsOf(0), bookingDate: '2027-01-15' },
        i18n.t,
      ),
    ).toEqual({ amountCents: 'mindestens 0,01\u00a0€' });
    expect(
      inputErrors(
        'EventInput',
        { capacity: numberOf(''), onlineUrl: 'treffen.example', title: 'Netzwerktreffen' },
        i18n.t,
      ),
    ).toMatchObject({
      capacity: 'Pflichtfeld',
      onlineUrl: 'ist keine vollständige Adresse (z. B. https://beispiel.de/treffen)',
    });
  });

  it('speaks English when the UI does', async () => {
    await i18n.changeLanguage('en');
    const errors = inputErrors('RegistrationInput', { name: '', email: 'kein-at-zeichen' }, i18n.t);
    expect(errors).toEqual({ name: 'Required', email: 'is not a valid email address (e.g. name@example.org)' });
    expect(inputErrors('ProgramInput', { ...program, title: 'x'.repeat(301) }, i18n.t)).toEqual({
      title: 'at most 300 characters',
    });
  });
});

describe('the errors at the form fields', () => {
  it('maps server and input paths to the fields that edit them', () => {
    expect(formPath('processModules[0].title')).toBe('processModules.0.title');
    expect(formPath('partnerKeys[2]', { partnerKeys: 'partners' })).toBe('partners');
    expect(formPath('applicationWindow.opensAt', { 'applicationWindow.opensAt': 'opens' })).toBe('opens');
    expect(
      toFormErrors({ 'scores[0].score': 'höchstens 5 Punkte', 'scores[1].score': 'x' }, { scores: 'scores' }),
    ).toEqual({
      scores: 'höchstens 5 Punkte',
    });
  });

  it('validates what the form sends and shows it where the form shows the value', () => {
    const validate = contractValidation<{ amountEuro: number | string; description: string }>('BookingInput', i18n.t, {
      toInput: (values) => ({
        kind: 'EVENT',
        description: values.description,
        amountCents: centsOf(values.amountEuro),
        bookingDate: '2027-01-15',
      }),
      fieldPaths: { amountCents: 'amountEuro' },
    });
    expect(validate({ amountEuro: '', description: 'R' })).toEqual({
      amountEuro: 'Pflichtfeld',
      description: 'mindestens 2 Zeichen',
    });
  });
});
