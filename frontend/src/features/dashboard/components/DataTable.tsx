import { Table } from '@mantine/core';

/** The text alternative of a chart: the same numbers as a table (shown on demand, read by screen readers). */
export function DataTable({ caption, head, rows }: { caption: string; head: string[]; rows: (string | number)[][] }) {
  return (
    <Table withTableBorder fz="sm">
      <Table.Caption>{caption}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          {head.map((h, i) => (
            <Table.Th key={h} scope="col" style={i ? { textAlign: 'right' } : undefined}>
              {h}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((r, i) => (
          <Table.Tr key={i}>
            {r.map((c, j) =>
              j === 0 ? (
                <Table.Th key={j} scope="row">
                  {c}
                </Table.Th>
              ) : (
                <Table.Td key={j} style={{ textAlign: 'right' }}>
                  {c}
                </Table.Td>
              ),
            )}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
