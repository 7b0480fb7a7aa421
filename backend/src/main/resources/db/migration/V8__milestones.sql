-- Milestones of a roadmap, instantiated from the programme's process modules and adapted by the site.
create table milestone (
    id         uuid primary key,
    site_id    uuid         not null references roadmap (site_id),
    position   integer      not null,
    title      varchar(200) not null,
    due_date   date,
    done_on    date,
    dropped    boolean      not null default false,
    created_at timestamptz  not null,
    updated_at timestamptz  not null,
    version    bigint       not null default 0
);
create index milestone_site_idx on milestone (site_id, position);
