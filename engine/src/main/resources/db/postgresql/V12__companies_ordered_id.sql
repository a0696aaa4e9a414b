-- Company ids in the order every list and run uses, byte order (COLLATE "C", as Dialect.ordered writes it): the
-- primary key's index follows the database's collation, so without this one a page of the companies list sorted
-- the whole month to show 101 rows. With it, a page in id order (the API's cursor paging, the console's default)
-- reads only the rows it shows. SQLite compares ids by bytes already, so its primary key serves.
CREATE INDEX companies_ordered_id ON companies (id COLLATE "C");
