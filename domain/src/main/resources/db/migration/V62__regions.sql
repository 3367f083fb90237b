-- Regions as a reference list: a company chooses its region from it at registration, and the dashboards' region filter
-- offers exactly it. Free text typed before is mapped onto the list (letter case, spaces and a leading "г." aside);
-- what matches nothing becomes "Другой регион", so the filter no longer offers typing mistakes.
create table region (
    name       varchar(100) primary key,
    sort_order integer      not null
);

insert into region (name, sort_order) values
    ('Москва', 10), ('Санкт-Петербург', 20), ('Екатеринбург', 30), ('Новосибирск', 40), ('Казань', 50),
    ('Нижний Новгород', 60), ('Самара', 70), ('Краснодар', 80), ('Ростов-на-Дону', 90), ('Уфа', 100),
    ('Пермь', 110), ('Челябинск', 120), ('Омск', 130), ('Красноярск', 140), ('Воронеж', 150), ('Волгоград', 160),
    ('Тюмень', 170), ('Иркутск', 180), ('Хабаровск', 190), ('Владивосток', 200), ('Тула', 210), ('Ярославль', 220),
    ('Калининград', 230), ('Саратов', 240), ('Томск', 250), ('Другой регион', 1000);

update partner_company set region = (
        select r.name from region r
        where lower(r.name) = lower(trim(regexp_replace(partner_company.region, '^\s*г\.?\s+', ''))))
    where exists (
        select 1 from region r
        where lower(r.name) = lower(trim(regexp_replace(partner_company.region, '^\s*г\.?\s+', ''))));

update partner_company set region = 'Другой регион' where region not in (select name from region);
