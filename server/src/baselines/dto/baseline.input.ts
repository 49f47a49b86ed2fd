import { Field, ID, InputType } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { CATALOGUE, LIMITS } from '@roundtable/shared';
import { IMPORT_LIMITS } from '../policy-import';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const COMPONENT_IDS = CATALOGUE.map((c) => c.id);

@InputType()
export class PreviewPolicyImportInput {
  @Field(() => ID, { description: 'The board the draft will belong to.' })
  @IsUUID('all', { message: 'boardId must be an id.' })
  boardId: string;

  @Field(() => String, {
    nullable: true,
    description: 'What to call the source, e.g. "General Order 300 (2023)".',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200, { message: 'The source name can be at most 200 characters.' })
  sourceName?: string | null;

  @Field(() => String, { nullable: true, description: 'Pasted policy text.' })
  @IsOptional()
  @IsString()
  @MaxLength(IMPORT_LIMITS.textCharsMax * 2, { message: 'That policy text is too long to import.' })
  text?: string | null;

  @Field(() => String, { nullable: true, description: 'Name of the uploaded file (.txt or .docx).' })
  @IsOptional()
  @IsString()
  @MaxLength(255)
  fileName?: string | null;

  @Field(() => String, { nullable: true, description: 'The uploaded file, base64-encoded (at most 1 MB).' })
  @IsOptional()
  @IsString()
  @MaxLength(Math.ceil((IMPORT_LIMITS.fileBytesMax * 4) / 3) + 8, {
    message: 'That file is larger than 1 MB.',
  })
  fileBase64?: string | null;
}

@InputType()
export class ImportedClauseInput {
  @Field()
  @Transform(trim)
  @IsString()
  @Length(1, LIMITS.clauseHeadingMax, {
    message: `A clause heading must be 1–${LIMITS.clauseHeadingMax} characters.`,
  })
  heading: string;

  @Field()
  @IsString()
  @Length(1, LIMITS.clauseTextMax, {
    message: `A clause must have text, at most ${LIMITS.clauseTextMax} characters.`,
  })
  text: string;

  @Field(() => [String])
  @IsArray()
  @ArrayMaxSize(COMPONENT_IDS.length)
  @IsIn(COMPONENT_IDS, { each: true, message: 'Unknown toolkit component.' })
  componentIds: string[];
}

@InputType({
  description: "The reviewed split of an imported policy; its text becomes the draft's baseline.",
})
export class ImportedPolicyInput {
  @Field()
  @Transform(trim)
  @IsString()
  @Length(1, 200, { message: 'The source name must be 1–200 characters.' })
  sourceName: string;

  @Field({ description: 'PASTE, TXT or DOCX, as the preview said.' })
  @IsIn(['PASTE', 'TXT', 'DOCX'], { message: 'sourceKind must be PASTE, TXT or DOCX.' })
  sourceKind: string;

  @Field({ description: 'The full extracted text from the preview.' })
  @IsString()
  @Length(1, IMPORT_LIMITS.textCharsMax, { message: 'The imported text is empty or too long.' })
  text: string;

  @Field(() => [ImportedClauseInput])
  @IsArray()
  @ArrayMinSize(1, { message: 'Keep at least one clause.' })
  @ArrayMaxSize(IMPORT_LIMITS.clausesMax)
  @ValidateNested({ each: true })
  @Type(() => ImportedClauseInput)
  clauses: ImportedClauseInput[];
}

@InputType({ description: "The department's current policy, reviewed, for a draft that has none yet." })
export class AttachBaselineInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'draftId must be an id.' })
  draftId: string;

  @Field(() => ImportedPolicyInput)
  @ValidateNested()
  @Type(() => ImportedPolicyInput)
  imported: ImportedPolicyInput;
}
