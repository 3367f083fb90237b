package dev.partnerprogram.bench.generator;

import java.util.List;
import java.util.random.RandomGenerator;

/** Names, regions and texts that look like the program's real data, drawn from the generator's seeded random. */
final class Vocabulary {

    /** Regions with rough weights: most partners sit in the two capitals and the large regional centres. */
    static final List<Weighted<String>> REGIONS = List.of(
            new Weighted<>("Москва", 26), new Weighted<>("Санкт-Петербург", 12), new Weighted<>("Екатеринбург", 7),
            new Weighted<>("Новосибирск", 6), new Weighted<>("Казань", 6), new Weighted<>("Нижний Новгород", 5),
            new Weighted<>("Самара", 4), new Weighted<>("Уфа", 4), new Weighted<>("Краснодар", 4),
            new Weighted<>("Ижевск", 4), new Weighted<>("Пермь", 3), new Weighted<>("Челябинск", 3),
            new Weighted<>("Ростов-на-Дону", 3), new Weighted<>("Воронеж", 3), new Weighted<>("Красноярск", 3),
            new Weighted<>("Тюмень", 2), new Weighted<>("Владивосток", 2), new Weighted<>("Минск", 2));

    private static final List<String> FIRST = List.of("Альфа", "Бета", "Гамма", "Дельта", "Вектор", "Горизонт",
            "Интеграл", "Квант", "Логос", "Меридиан", "Норд", "Орбита", "Прогресс", "Ракурс", "Сфера", "Техно",
            "Урал", "Феникс", "Цифра", "Эталон", "Юнион", "Северный", "Восточный", "Первый", "Новый", "Умный");
    private static final List<String> SECOND = List.of("Софт", "Системс", "Консалтинг", "Интеграция", "Решения",
            "Документ", "Автоматизация", "ИТ", "Сервис", "Проект", "Лаб", "Групп", "Диджитал", "Бизнес-системы");
    private static final List<String> GIVEN = List.of("Александр", "Мария", "Дмитрий", "Анна", "Сергей", "Елена",
            "Андрей", "Ольга", "Алексей", "Татьяна", "Иван", "Наталья", "Михаил", "Ирина", "Павел", "Светлана");
    private static final List<String> FAMILY = List.of("Иванов", "Смирнов", "Кузнецов", "Попов", "Васильев",
            "Петров", "Соколов", "Михайлов", "Новиков", "Фёдоров", "Морозов", "Волков", "Алексеев", "Лебедев");
    static final List<String> REJECT_REASONS = List.of(
            "Нет опыта внедрения СЭД", "Не подтверждена команда внедрения", "Компания работает в другом сегменте",
            "Неполные сведения о компании", "Регион уже закрыт партнёрами с профильной экспертизой");
    static final List<String> REWORK_COMMENTS = List.of("Укажите сайт компании", "Уточните состав команды",
            "Опишите планируемые проекты", "Приложите презентацию компании", "Исправьте контактные данные");
    static final List<String> AGREEMENT_RETURNS = List.of("Нет подписи руководителя", "Нет печати",
            "Подписана не последняя редакция соглашения", "Скан нечитаем");

    private Vocabulary() {}

    static String companyName(RandomGenerator random) {
        return "ООО «" + pick(random, FIRST) + " " + pick(random, SECOND) + "»";
    }

    static String personName(RandomGenerator random) {
        String given = pick(random, GIVEN);
        String family = pick(random, FAMILY);
        // Russian family names agree with the given name's gender; the female given names here end in "а"/"я".
        boolean female = given.endsWith("а") || given.endsWith("я");
        return given + " " + (female ? family + "а" : family);
    }

    static String phone(RandomGenerator random) {
        return "+7 9%02d %03d-%02d-%02d".formatted(random.nextInt(100), random.nextInt(1000), random.nextInt(100), random.nextInt(100));
    }

    static <T> T pick(RandomGenerator random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    static <T> T pickWeighted(RandomGenerator random, List<Weighted<T>> values) {
        int total = values.stream().mapToInt(Weighted::weight).sum();
        int r = random.nextInt(total);
        for (Weighted<T> w : values) {
            r -= w.weight();
            if (r < 0) {
                return w.value();
            }
        }
        throw new IllegalStateException("unreachable");
    }

    record Weighted<T>(T value, int weight) {}
}
