import { Module } from '@nestjs/common';
import { PeopleModule } from '../people/people.module';
import { DemoService } from './demo.service';

@Module({ imports: [PeopleModule], providers: [DemoService], exports: [DemoService] })
export class DemoModule {}
