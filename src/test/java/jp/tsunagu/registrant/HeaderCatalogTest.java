package jp.tsunagu.registrant;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeaderCatalogTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            タイムスタンプ | TIMESTAMP
            Timestamp | TIMESTAMP
            申込日時 | TIMESTAMP
            申込み日時 | TIMESTAMP
            購入日時 | TIMESTAMP
            登録日時 | TIMESTAMP
            お名前 | NAME
            氏名 | NAME
            氏名（漢字） | NAME
            参加者名 | NAME
            購入者氏名 | NAME
            申込者名 | NAME
            表示名 | NAME
            代表者名 | NAME
            Name | NAME
            お名前【必須】 | NAME
            姓 | FAMILY_NAME
            名 | GIVEN_NAME
            Last Name | FAMILY_NAME
            First Name | GIVEN_NAME
            ふりがな | READING
            フリガナ | READING
            よみがな | READING
            ﾌﾘｶﾞﾅ | READING
            お名前（ふりがな） | READING
            氏名(カナ) | READING
            購入者氏名（カナ） | READING
            セイ | FAMILY_READING
            メイ | GIVEN_READING
            姓（フリガナ） | FAMILY_READING
            名（フリガナ） | GIVEN_READING
            会社名・団体名 | ORGANISATION
            所属 | ORGANISATION
            所属団体 | ORGANISATION
            会社名 | ORGANISATION
            企業・団体名 | ORGANISATION
            勤務先 | ORGANISATION
            Organization | ORGANISATION
            会社名（フリガナ） | EXTRA
            役職 | TITLE
            肩書き | TITLE
            業種 | INDUSTRY
            業種・業界 | INDUSTRY
            区分 | CATEGORY
            参加区分 | CATEGORY
            所属区分 | CATEGORY
            チケット名 | CATEGORY
            参加枠名 | CATEGORY
            E-mail | EMAIL
            メールアドレス | EMAIL
            ﾒｰﾙｱﾄﾞﾚｽ | EMAIL
            購入者メールアドレス | EMAIL
            Email Address | EMAIL
            TEL | PHONE
            電話番号 | PHONE
            携帯電話 | PHONE
            Phone | PHONE
            第1希望 | CHOICE1
            第２希望 | CHOICE2
            第三希望 | CHOICE3
            希望1 | CHOICE1
            希望テーマ2 | CHOICE2
            参加希望テーマ [第1希望] | CHOICE1
            参加希望テーマ [第2希望] | CHOICE2
            参加希望テーマ [第3希望] | CHOICE3
            1st choice | CHOICE1
            参加希望テーマ | CHOICES
            希望するテーマ（複数選択可） | CHOICES
            参加希望テーマを選んだ理由 | EXTRA
            今の課題・関心 | CHALLENGES
            現在の課題や関心事 | CHALLENGES
            不足している資源 | MISSING_RESOURCES
            足りないもの・求めている資源 | MISSING_RESOURCES
            提供できること | OFFERS
            提供できるリソース | OFFERS
            関心のあるSDGsの目標 | SDGS
            SDGs | SDGS
            連絡先共有への同意 | CONSENT
            参加者同士の連絡先の共有に同意しますか | CONSENT
            連絡先（メールアドレス）の共有に同意する | CONSENT
            備考 | NOTES
            その他ご意見 | NOTES
            ユーザー名 | EXTRA
            注文ID | EXTRA
            受付番号 | EXTRA
            参加者の食物アレルギー | EXTRA
            table | TABLE
            テーブル | TABLE
            テーブル番号 | TABLE
            卓 | TABLE
            希望テーブル | EXTRA
            """)
    void recognisesHowFormsNameTheirColumns(String header, String expected) {
        assertThat(HeaderCatalog.recognise(header)).isEqualTo(Field.valueOf(expected));
    }
}
