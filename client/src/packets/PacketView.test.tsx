import { render, screen, within } from '@testing-library/react';
import { buildSamplePacket, computeRedline, freezePacket } from '@roundtable/shared';
import { PacketView } from './PacketView';
import { RedlineView } from './RedlineView';

describe('PacketView', () => {
  it('shows hostile clause text as text: no script, no handler, no javascript: link', () => {
    const packet = buildSamplePacket({ clauses: 12, hostile: true, version: 2 });
    const { container } = render(<PacketView packet={packet} sha256={freezePacket(packet).sha256} />);
    expect(container.querySelectorAll('script, img, iframe, a').length).toBe(0);
    for (const element of Array.from(container.querySelectorAll('*'))) {
      for (const attribute of Array.from(element.attributes))
        expect(attribute.name.startsWith('on')).toBe(false);
    }
    expect(container.textContent).toContain('<script>alert("x")</script>');
  });

  it('lists every recommendation with its number, components and vote tally', () => {
    const packet = buildSamplePacket({ clauses: 5 });
    render(<PacketView packet={packet} sha256={freezePacket(packet).sha256} />);
    const first = screen.getByRole('article', { name: /§ 1/ });
    expect(within(first).getByText('Definitions')).toBeInTheDocument();
    expect(within(first).getByRole('table')).toHaveTextContent('Yes: 12');
  });
});

describe('RedlineView', () => {
  it('marks insertions and deletions with text markers, not colour alone', () => {
    const redline = computeRedline(
      [{ id: 'a', heading: 'Force', text: 'Use reasonable force.' }],
      [{ id: 'a', heading: 'Force', text: 'Use the minimum force necessary.' }],
    );
    const { container } = render(
      <RedlineView
        fromLabel="Version 1"
        toLabel="Live draft"
        summary={redline.summary}
        entries={redline.entries}
      />,
    );
    expect(screen.getByRole('region', { name: 'Changes from Version 1 to Live draft' })).toHaveTextContent(
      '1 changed',
    );
    const ins = container.querySelector('.redline-list ins')!;
    const del = container.querySelector('.redline-list del')!;
    expect(ins.textContent).toContain('[+');
    expect(ins.textContent).toContain('[inserted:');
    expect(del.textContent).toContain('[-');
    expect(del.textContent).toContain('reasonable');
  });
});
