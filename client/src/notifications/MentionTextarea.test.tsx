import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { MentionTextarea } from './MentionTextarea';
import { mentionQueryAt, mentionsInText, suggestMembers, type Mentionable } from './mentions';

const MEMBERS: Mentionable[] = [
  { userId: 'u1', name: 'Alice Moreno' },
  { userId: 'u2', name: 'Alan Price' },
  { userId: 'u3', name: 'Bea Salas' },
  { userId: 'u4', name: 'Carla Alvarez' },
];

function Harness({
  onSubmit,
  members = MEMBERS,
}: {
  onSubmit: (body: string, mentions: string[]) => void;
  members?: Mentionable[];
}) {
  const [body, setBody] = useState('');
  const [mentioned, setMentioned] = useState<Mentionable[]>([]);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit(body, mentionsInText(body, mentioned, members));
      }}
    >
      <MentionTextarea
        id="c"
        label="Comment"
        value={body}
        onChange={setBody}
        members={members}
        mentioned={mentioned}
        onMentionedChange={setMentioned}
      />
      <button type="submit">Post</button>
    </form>
  );
}

describe('mention autocomplete', () => {
  it('lists matching members after @, picks one with the keyboard, and sends its user id', async () => {
    const user = userEvent.setup();
    const onSubmit = jest.fn();
    render(<Harness onSubmit={onSubmit} />);
    const box = screen.getByRole('combobox', { name: 'Comment' });
    expect(box).toHaveAttribute('aria-expanded', 'false');

    await user.type(box, 'Thoughts, @al');
    expect(box).toHaveAttribute('aria-expanded', 'true');
    const list = screen.getByRole('listbox', { name: 'Members to mention' });
    // Names starting with the query first, then a later word of the name, then anywhere in it.
    expect(
      within(list)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['@Alan Price', '@Alice Moreno', '@Carla Alvarez', '@Bea Salas']);
    expect(within(list).getByRole('option', { name: '@Alan Price' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    expect(box.getAttribute('aria-activedescendant')).toBe(
      within(list).getByRole('option', { name: '@Alan Price' }).id,
    );

    await user.keyboard('{ArrowDown}');
    expect(within(list).getByRole('option', { name: '@Alice Moreno' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await user.keyboard('{Enter}');
    expect(box).toHaveValue('Thoughts, @Alice Moreno ');
    expect(box).toHaveAttribute('aria-expanded', 'false');

    await user.type(box, 'and @bea');
    await user.keyboard('{Tab}');
    expect(box).toHaveValue('Thoughts, @Alice Moreno and @Bea Salas ');

    await user.click(screen.getByRole('button', { name: 'Post' }));
    expect(onSubmit).toHaveBeenCalledWith('Thoughts, @Alice Moreno and @Bea Salas ', ['u1', 'u3']);
  });

  it('closes on Escape without changing the text, and drops a mention whose name was deleted', async () => {
    const user = userEvent.setup();
    const onSubmit = jest.fn();
    render(<Harness onSubmit={onSubmit} />);
    const box = screen.getByRole('combobox', { name: 'Comment' });
    await user.type(box, '@ca');
    expect(box).toHaveAttribute('aria-expanded', 'true');
    await user.keyboard('{Escape}');
    expect(box).toHaveAttribute('aria-expanded', 'false');
    expect(box).toHaveValue('@ca');
    // Enter now types a newline as usual instead of picking.
    await user.keyboard('{Enter}');
    expect(box).toHaveValue('@ca\n');

    await user.clear(box);
    await user.type(box, '@carla');
    await user.keyboard('{Enter}');
    expect(box).toHaveValue('@Carla Alvarez ');
    await user.clear(box);
    await user.type(box, 'never mind');
    await user.click(screen.getByRole('button', { name: 'Post' }));
    expect(onSubmit).toHaveBeenCalledWith('never mind', []);
  });

  it('ignores @ inside words (email addresses) and offers nothing when no one matches', async () => {
    expect(mentionQueryAt('mail me at x@al', 15)).toBeNull();
    expect(mentionQueryAt('hi @al', 6)).toEqual({ start: 3, query: 'al' });
    expect(suggestMembers(MEMBERS, 'zz')).toEqual([]);
    const user = userEvent.setup();
    render(<Harness onSubmit={jest.fn()} />);
    const box = screen.getByRole('combobox', { name: 'Comment' });
    await user.type(box, 'x@al');
    expect(box).toHaveAttribute('aria-expanded', 'false');
  });

  it('sends a member whose name was typed by hand, without picking from the list', async () => {
    const user = userEvent.setup();
    const onSubmit = jest.fn();
    render(<Harness onSubmit={onSubmit} />);
    const box = screen.getByRole('combobox', { name: 'Comment' });
    await user.type(box, 'Over to @bea{Escape} for the wording.');
    expect(screen.queryByRole('group', { name: /^Who is/ })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Post' }));
    expect(onSubmit).toHaveBeenCalledWith('Over to @bea for the wording.', ['u3']);
  });

  it('asks which member a typed name means when two share it, and will not send until settled', async () => {
    const members = [
      { userId: 'u-maya', name: 'Maya Okafor' },
      { userId: 'u-mayac', name: 'Maya Chen' },
      { userId: 'u-tom', name: 'Tom Whitaker' },
    ];
    const user = userEvent.setup();
    const onSubmit = jest.fn();
    render(<Harness onSubmit={onSubmit} members={members} />);
    const box = screen.getByRole('combobox', { name: 'Comment' });
    await user.type(box, 'What does @Maya{Escape} think?');
    const which = screen.getByRole('group', { name: 'Who is @Maya?' });
    expect(which).toHaveTextContent('@Maya could be Maya Okafor or Maya Chen.');
    expect(box).toHaveAccessibleDescription(/Who do you mean\?/);
    await user.click(screen.getByRole('button', { name: 'Post' }));
    expect(onSubmit).not.toHaveBeenCalled();

    await user.click(within(which).getByRole('button', { name: 'Maya Chen' }));
    expect(box).toHaveValue('What does @Maya Chen think?');
    expect(screen.queryByRole('group', { name: 'Who is @Maya?' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Post' }));
    expect(onSubmit).toHaveBeenCalledWith('What does @Maya Chen think?', ['u-mayac']);
  });

  it('lets the writer say an ambiguous @name is not a mention', async () => {
    const members = [
      { userId: 'u-maya', name: 'Maya Okafor' },
      { userId: 'u-mayac', name: 'Maya Chen' },
    ];
    const user = userEvent.setup();
    const onSubmit = jest.fn();
    render(<Harness onSubmit={onSubmit} members={members} />);
    const box = screen.getByRole('combobox', { name: 'Comment' });
    await user.type(box, 'As @maya{Escape} said');
    await user.click(screen.getByRole('button', { name: 'Nobody: not a mention' }));
    expect(box).toHaveValue('As maya said');
    await user.click(screen.getByRole('button', { name: 'Post' }));
    expect(onSubmit).toHaveBeenCalledWith('As maya said', []);
  });
});
