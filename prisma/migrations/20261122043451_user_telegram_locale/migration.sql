-- AlterTable
ALTER TABLE "users" ADD COLUMN     "telegram_locale" VARCHAR(8);

